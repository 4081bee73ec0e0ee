/// The order of an adaptive interview: the most decisive open question next until the
/// recommendation is settled, then only what the brief still needs (``BriefNeeds``: the
/// questions that could still change today's model, the plan, the journey map or the readiness
/// gates, and the perception questions), then, when the respondent goes on, everything else in
/// questionnaire order.
package enum AdaptiveOrder {
    /// Where the interview stands.
    package enum Stage: Sendable, Equatable {
        /// The recommendation could still change; this many open questions could move it.
        case open(questionsThatMatter: Int)
        /// Proven to hold whatever the unanswered questions would be.
        case settled
    }

    /// The questions still to ask, in order, given the answers so far and the questions already
    /// asked (answered, unsure or skipped). `all` adds the questions the brief does not need.
    package static func remaining(
        _ questionnaire: Questionnaire, answers: Answers, asked: [String], all: Bool
    ) -> [String] {
        let done = Set(asked)
        let askable = questionnaire.questions.filter { !done.contains($0.id) && answers.isAsked($0, in: questionnaire) }
        // Someone who answers for their own work only is asked their few questions in order:
        // the organisation's facts, and so the settling, come from the others.
        if questionnaire.answersOwnWorkOnly(answers.respondent.role) { return askable.map(\.id) }
        let assessment = try? Assessor.assess(answers, with: questionnaire)
        let check = assessment.map(SettledCheck.init)
        var order: [Question] = []
        if check?.isSettled != true {
            let fit = askable.filter { $0.informs.countsForFit && !$0.options.isEmpty }
            order += SettledCheck.mostDecisiveFirst(fit)
        }
        let askableIDs = Set(askable.map(\.id))
        for id in neededByTheBrief(questionnaire, assessment) where askableIDs.contains(id) {
            if let question = questionnaire.question(id), !order.contains(question) { order.append(question) }
        }
        if all { order += askable.filter { !order.contains($0) } }
        return order.map(\.id)
    }

    /// Where the interview stands with these answers.
    package static func stage(_ questionnaire: Questionnaire, answers: Answers) -> Stage {
        guard let assessment = try? Assessor.assess(answers, with: questionnaire) else {
            return .open(questionsThatMatter: questionnaire.questions.filter { $0.informs.countsForFit }.count)
        }
        let check = SettledCheck(assessment)
        return check.isSettled ? .settled : .open(questionsThatMatter: check.stillMatter.count)
    }

    /// What the brief still needs (``BriefNeeds``); with no assessment yet, every question that
    /// it might need (all but the fit questions), so that the count of questions planned starts
    /// high and falls instead of doubling after the first answer.
    static func neededByTheBrief(_ questionnaire: Questionnaire, _ assessment: Assessment?) -> [String] {
        guard let assessment else {
            return questionnaire.questions.filter { !$0.informs.countsForFit || $0.purpose == .perception }.map(\.id)
        }
        return BriefNeeds.questions(assessment)
    }
}

extension AdaptiveOrder {
    /// What replaying a full set of answers through the adaptive order gives.
    package struct Replay: Sendable {
        /// Questions asked until the recommendation was settled; `nil` when it never was.
        package let toSettled: Int?
        /// Questions asked until nothing the brief needs was left.
        package let toFinished: Int
        /// The recommendation from the answers the adaptive interview collected.
        package let recommendation: Stance?
        /// The recommendation from every answer.
        package let fullRecommendation: Stance?
        /// The open questions that kept it open, when it never settled, most decisive first.
        package let keptOpen: [String]
        /// The questions asked, in order.
        package let asked: [String]
        /// What the brief from the collected answers says besides the fit scores; `nil` without
        /// an assessment.
        package let statements: BriefStatements?
        /// What the brief from every answer says besides the fit scores.
        package let fullStatements: BriefStatements?
    }

    /// The answers an interview replayed from `full` holds after its first `count` questions
    /// (as if the respondent typed `finish` there).
    package static func answers(_ full: Answers, after count: Int, of replay: Replay) -> Answers {
        var answers = Answers(
            questionnaireID: full.questionnaireID, respondent: full.respondent, sourceName: full.sourceName)
        for id in replay.asked.prefix(count) { if let answer = full[id] { answers.set(answer) } }
        return answers
    }

    /// Asks the questions in adaptive order, answering each as `full` does (or leaving it
    /// unanswered where `full` has no answer), until nothing the brief needs is left. The
    /// respondent answers for the organisation, whatever role `full` names: a file with every
    /// fact answered was not routed to one's own work.
    package static func replay(_ full: Answers, questionnaire: Questionnaire) -> Replay {
        var respondent = full.respondent
        if questionnaire.answersOwnWorkOnly(respondent.role) { respondent.role = nil }
        var answers = Answers(
            questionnaireID: full.questionnaireID, respondent: respondent, sourceName: full.sourceName)
        var asked: [String] = []
        var toSettled: Int?
        while let next = remaining(questionnaire, answers: answers, asked: asked, all: false).first {
            if let answer = full[next] { answers.set(answer) }
            asked.append(next)
            if toSettled == nil, stage(questionnaire, answers: answers) == .settled { toSettled = asked.count }
        }
        let adaptive = try? Assessor.assess(answers, with: questionnaire)
        let fullAssessment = try? Assessor.assess(full, with: questionnaire)
        let keptOpen = toSettled == nil ? adaptive.map { SettledCheck($0).stillMatter.prefix(5).map(\.id) } ?? [] : []
        return Replay(
            toSettled: toSettled, toFinished: asked.count, recommendation: adaptive?.recommendation,
            fullRecommendation: fullAssessment?.recommendation, keptOpen: keptOpen, asked: asked,
            statements: adaptive.map(BriefStatements.init), fullStatements: fullAssessment.map(BriefStatements.init))
    }
}
