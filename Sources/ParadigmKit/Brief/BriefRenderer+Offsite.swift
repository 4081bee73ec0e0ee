extension BriefRenderer {
    /// Offsite questions a facilitator would ask, each in its own shape: the respondent's own
    /// words, the questions the facts call for (operating-model.yaml's `offsite_questions:`),
    /// one on the owners and order of the first gaps, one on the most pivotal answer, the
    /// curated questions of the recommended paradigm and what the answers do not show.
    func gapQuestions(_ review: OperatingModelReview, _ sensitivity: Sensitivity) -> [ListItem] {
        let full = options.detail == .full
        var questions = factQuestions(review)
        let gaps = review.steps.prefix(3)
        if !gaps.isEmpty {
            let list = gaps.map { "\($0.element.title.lowercasedFirst) (\(Self.baseName($0.owner)))" }
            questions.append(
                ListItem(
                    "Do we accept these owners for the first gaps, \(Self.inWords(list)), and if we could close "
                        + "only one this quarter, which would it be?", grounds: grounds(on: gaps.flatMap(\.grounds))))
        }
        var seen: Set<String> = []
        for pivot in sensitivity.pivotalAnswers where pivot.alternative != nil && seen.insert(pivot.questionID).inserted
        {
            guard seen.count <= (full ? 2 : 1), let question = questionnaire.question(pivot.questionID) else { break }
            questions.append(
                ListItem(
                    "How sure are we of “\(valueText(pivot.given, for: question))” for \(promptText(pivot.questionID))"
                        + "? At “\(valueText(pivot.alternative, for: question, bandLabel: true))”, "
                        + "\(outcomeName(pivot.outcome)) would fit better.", grounds: grounds(on: [pivot.questionID])))
        }
        let curated = text(review.target).offsiteQuestions.prefix(full ? 3 : 1)
        questions += curated.map { ListItem(review.wording($0), grounds: .interpretation) }
        for item in review.checkFirst.prefix(full ? 2 : 1) {
            if let id = item.firstQuestion {
                questions.append(
                    ListItem(
                        "The answers do not show \(item.element.title.lowercasedFirst): \(promptText(id))?",
                        grounds: grounds(on: item.open + item.evidence)))
            }
        }
        if review.steps.isEmpty && review.checkFirst.isEmpty {
            questions.append(
                ListItem(
                    "The answers show every element of \(name(review.target).lowercasedFirst) in place: which "
                        + "indicator would tell us first that it is slipping?",
                    grounds: grounds(on: review.elements.flatMap(\.evidence))))
        }
        return questions
    }

    /// The questions the facts call for, and those that quote the respondent's own words.
    private func factQuestions(_ review: OperatingModelReview) -> [ListItem] {
        let answers = assessment.answers
        let value = { (id: String) in answers[id]?.value }
        return (questionnaire.operatingModel?.offsiteQuestions ?? []).compactMap { asked in
            if let id = asked.quote {
                guard case .text(let written)? = answers[id]?.value, let quoted = Self.quotation(written) else {
                    return nil
                }
                return ListItem(
                    review.wording(asked.text).replacingOccurrences(of: "{quote}", with: quoted),
                    grounds: grounds(on: [id]))
            }
            guard let condition = asked.condition, condition.holds(answers: value) else { return nil }
            return ListItem(review.wording(asked.text), grounds: grounds(on: condition.clauses.map(\.questionID)))
        }
    }

    /// A respondent's words in quotation marks, cut after about 30 words; `nil` when empty.
    static func quotation(_ written: String) -> String? {
        let words = written.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        let kept = words.prefix(30).joined(separator: " ")
        return "“\(Markdown.escape(kept))\(words.count > 30 ? " …" : "")”"
    }

    /// A role's name without the reason it stands in: "the CEO (there is …)" → "the CEO".
    static func baseName(_ name: String) -> String { name.components(separatedBy: " (").first ?? name }
}
