/// What the brief still needs once the recommendation is settled: the unanswered questions whose
/// answers could change what it says about the organisation besides the fit scores
/// (``BriefStatements``). A question is left out only when no answer to it could: the
/// condition it feeds is already decided by other answers, or the exact score ranges prove the
/// as-is model (and, when a gate holds the recommendation back, the model that is ready now)
/// whatever the open questions would be.
enum BriefNeeds {
    /// The questions to ask, in the order to ask them: those the operating-model review and the
    /// readiness gates read, in questionnaire order; then, while today's model (or the model
    /// that is ready now) is not proven, the open questions that could move it most; then the
    /// free-text questions asked of everyone; then the perception questions.
    static func questions(_ assessment: Assessment) -> [String] {
        let questionnaire = assessment.questionnaire
        var needed = Set<String>()
        needed.formUnion(operatingModelQuestions(assessment))
        needed.formUnion(gateQuestions(assessment))
        needed.formUnion(undefinedPracticeQuestions(assessment))
        var order = questionnaire.questions.map(\.id).filter(needed.contains)
        for question in asIsQuestions(assessment) + readyNowQuestions(assessment) where !order.contains(question.id) {
            order.append(question.id)
        }
        // The respondent's own words (the one friction to fix, anything else to know): the brief
        // quotes them and builds on them, so every interview asks them before it ends.
        for question in questionnaire.questions
        where question.kind == .text && question.askedOfEveryone && !order.contains(question.id) {
            order.append(question.id)
        }
        for question in questionnaire.questions where question.purpose == .perception && !order.contains(question.id) {
            order.append(question.id)
        }
        return order
    }

    /// The open questions of a condition that the answers so far leave undecided
    /// (``Condition/openQuestions(_:in:)``).
    static func undecided(_ condition: Condition, _ assessment: Assessment) -> [String] {
        condition.openQuestions(assessment.answers, in: assessment.questionnaire)
    }

    /// The open fit questions, most decisive first, while a gate holds the recommendation back
    /// and the model that is ready now is not proven: the settled ranges of the fit scores, each
    /// capped by the gates that hold its model back, must put it above every other model.
    static func readyNowQuestions(_ assessment: Assessment) -> [Question] {
        guard !assessment.gates(holding: assessment.recommendation).isEmpty else { return [] }
        let check = SettledCheck(assessment)
        guard !check.open.isEmpty else { return [] }
        func cap(_ stance: Stance) -> Double {
            assessment.gates(holding: stance).compactMap { assessment.cap(of: $0, for: stance) }.min() ?? .infinity
        }
        let ready = assessment.bestReadyNow
        let lowest = min(check.spans[ready.position].lowest, cap(ready))
        let proven = Stance.allCases.allSatisfy { stance in
            stance == ready || min(check.spans[stance.position].highest, cap(stance)) < lowest - 1e-9
        }
        if proven { return [] }
        return SettledCheck.mostDecisiveFirst(check.open)
    }

    /// What decides the review of the recommended model: whether the company counts as small,
    /// which elements apply, each element's state, and the names of the people the plan and the
    /// journey map give work to.
    private static func operatingModelQuestions(_ assessment: Assessment) -> [String] {
        let target = assessment.recommendation
        guard let model = assessment.questionnaire.operatingModel, let design = model.model(target) else { return [] }
        var ids: [String] = []
        var roles: [String] = design.journey.flatMap { [$0.accountable] + $0.contributes }
        // Today's owner of each stage: the readings until one holds.
        for stage in model.journeyToday {
            for reading in stage.readings {
                if holds(reading.condition, assessment) { break }
                ids += undecided(reading.condition, assessment)
            }
        }
        let small = model.smallCompany.map { undecided($0, assessment) } ?? []
        ids += small
        let isSmall = small.isEmpty && (model.smallCompany.map { holds($0, assessment) } ?? false)
        for element in model.elements {
            guard let elementDesign = design.designs.first(where: { $0.element == element.id }) else { continue }
            if let applies = element.appliesWhen {
                let open = undecided(applies, assessment)
                ids += open
                if open.isEmpty && !holds(applies, assessment) { continue }
            }
            if let skip = element.skipWhen {
                let open = undecided(skip, assessment)
                ids += open
                if open.isEmpty && holds(skip, assessment) { continue }
            }
            if isSmall, element.twoDepartments, element.smallCompany == nil { continue }
            if let notNeeded = element.notNeededWhen {
                let open = undecided(notNeeded, assessment)
                ids += open
                if open.isEmpty && holds(notNeeded, assessment) { continue }
            }
            let inPlace = elementDesign.inPlace.map { undecided($0, assessment) } ?? []
            ids += inPlace
            if inPlace.isEmpty, elementDesign.inPlace.map({ holds($0, assessment) }) == true { continue }
            ids += elementDesign.partly.map { undecided($0, assessment) } ?? []
            roles += [elementDesign.owner] + elementDesign.with
        }
        // Rules before structure: whether the answers show written rules, and whether the
        // structural change is decided, move the structural steps between months.
        if let rules = model.rulesFirst {
            let holding = rules.missingWhen.contains { holds($0, assessment) }
            if !holding { ids += rules.missingWhen.flatMap { undecided($0, assessment) } }
            if holding || !rules.missingWhen.allSatisfy({ undecided($0, assessment).isEmpty }) {
                ids += rules.decidedWhen.flatMap { undecided($0, assessment) }
            }
        }
        // A role's name is the first of its names whose condition holds; whether it exists, is
        // being hired or is absent (and then its stand-in's name) is decided by its conditions.
        var named = Set<String>()
        var pending = Array(Set(roles)).sorted()
        while let id = pending.popLast() {
            guard named.insert(id).inserted, let role = model.role(id) else { continue }
            for name in role.names {
                if holds(name.condition, assessment) { break }
                ids += undecided(name.condition, assessment)
            }
            for condition in role.existsWhen + role.absentWhen + (role.hiredWhen.map { [$0] } ?? []) {
                ids += undecided(condition, assessment)
            }
            pending += role.standIns
        }
        return ids
    }

    /// The questions of the gates that could still fire and hold the recommendation back; once
    /// one does, the brief names the model that is ready now, so also those of the gates that
    /// could hold that model back (a gate on any other model only lowers a model that is not
    /// ready first, which changes nothing the brief says).
    private static func gateQuestions(_ assessment: Assessment) -> [String] {
        let target = assessment.recommendation
        var held = [target]
        if !assessment.gates(holding: target).isEmpty { held.append(assessment.bestReadyNow) }
        return undecidedGates(holding: held, assessment).flatMap(\.open)
    }

    /// The gates that have not fired but could still hold one of these models back (with some
    /// model as today's), each with its open questions: those whose answers could make it fire.
    static func undecidedGates(holding models: [Stance], _ assessment: Assessment) -> [(gate: Gate, open: [String])] {
        let questionnaire = assessment.questionnaire
        let asIsOptions: [Stance?] = [nil] + Stance.allCases
        return questionnaire.gates.compactMap { gate in
            let couldHold = models.contains { stance in
                asIsOptions.contains { gate.cap(for: stance, asIs: $0, steps: questionnaire.changeSteps) != nil }
            }
            let open = couldHold ? undecided(gate.condition, assessment) : []
            return open.isEmpty ? nil : (gate, open)
        }
    }

    /// The questions of the signs of no deliberate model, while they could still tip the
    /// practice into "undefined" or out of it.
    static func undefinedPracticeQuestions(_ assessment: Assessment) -> [String] {
        guard let practice = assessment.questionnaire.undefinedPractice else { return [] }
        let holding = practice.signs.filter { holds($0, assessment) }.count
        let open = practice.signs.map { undecided($0, assessment) }.filter { !$0.isEmpty }
        guard holding < practice.minimum, holding + open.count >= practice.minimum else { return [] }
        return open.flatMap { $0 }
    }

    /// The open practice questions, most decisive first, while the model closest to today's
    /// practice is not proven: its lowest as-is score over every answer to them must beat every
    /// other model's highest, with at least the practice answers the as-is reading needs.
    static func asIsQuestions(_ assessment: Assessment) -> [Question] {
        let answers = assessment.answers
        let open = assessment.questionnaire.questions.filter { question in
            question.informs.countsForToday && question.kind != .text && !question.options.isEmpty
                && answers[question.id] == nil && answers.isAsked(question, in: assessment.questionnaire)
                && SettledCheck.mayApply(question, answers)
        }
        guard !open.isEmpty else { return [] }
        if assessment.today.totals.count >= Assessor.minimumPracticeAnswers,
            let closest = assessment.closestPractice
        {
            let spans = UnsureRange.ranges(assessment, open: open, weights: .today)
            let c = closest.position
            if spans.indices.allSatisfy({ $0 == c || spans[$0].highest < spans[c].lowest - 1e-9 }) { return [] }
        }
        return SettledCheck.mostDecisiveFirst(open, .today)
    }

    private static func holds(_ condition: Condition, _ assessment: Assessment) -> Bool {
        let answers = assessment.answers
        return condition.holds(answers: { answers[$0]?.value })
    }
}
