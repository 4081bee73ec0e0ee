/// Today's model as a brief may state it: only once no unanswered practice question could
/// change it.
extension Assessment {
    /// The practice questions not answered that could still change today's model: those that
    /// could still show no deliberate model, then the rest most decisive first; empty when the
    /// answers prove it (or show no deliberate model, or too little to read one).
    var asIsOpenQuestions: [Question] {
        guard asIs != nil, !isUndefined else { return [] }
        // Enough open signs of no deliberate model could still make it undefined.
        let tipping = Set(BriefNeeds.undefinedPracticeQuestions(self))
        let signs = questionnaire.questions.filter { tipping.contains($0.id) }
        return signs + BriefNeeds.asIsQuestions(self).filter { !tipping.contains($0.id) }
    }

    /// Today's model when the answers prove it; `nil` when undefined, too little is known, or an
    /// unanswered practice question could still change it.
    var provenAsIs: Stance? {
        asIsOpenQuestions.isEmpty ? asIs : nil
    }
}
