/// Today against a target model, element by element, and the plan that closes the gaps: what
/// the operating-model data says, read against one organisation's answers.
package struct OperatingModelReview: Sendable {
    /// How far an element is in place today.
    package enum State: String, Sendable {
        /// The answers show it in place.
        case inPlace = "in_place"
        /// The answers show it partly there.
        case partly
        /// The answers show it missing.
        case missing
        /// Not asked or answered unsure: check before acting.
        case unknown
        /// The answers show this organisation does not need it (the element says why).
        case notNeeded = "not_needed"
    }

    /// One element of the target model, with its state today.
    package struct ElementState: Sendable {
        /// The element.
        package let element: OperatingModel.Element
        /// What it looks like under the target model.
        package let design: OperatingModel.Design
        /// Its state.
        package let state: State
        /// The questions whose answers show the state.
        package let evidence: [String]
        /// While the state is unknown: the questions whose answers would show it (or whether the
        /// element applies at all), the one to ask first first; empty once it is known.
        package let open: [String]
        /// The question to ask about it first: the first open one, else the first that shows it.
        package var firstQuestion: String? { open.first ?? evidence.first }
    }

    /// One step of the plan.
    package struct Step: Sendable {
        /// The element it closes the gap of.
        package let element: OperatingModel.Element
        /// Whether the element is partly there (the step completes it) or missing.
        package let state: State
        /// The action (the small-company text for a small organisation).
        package let action: String
        /// Who is accountable, by name.
        package let owner: String
        /// Who contributes, by name.
        package let with: [String]
        /// The visible result; `nil` for a small company's founder-stage step, which the
        /// model's result would not describe.
        package let result: String?
        /// 1 for days 1–30, 2 for 31–60, 3 for 61–90.
        package let phase: Int
        /// Whether the step waits for its owner to be hired.
        package let waitsForHire: Bool
        /// The questions the step rests on: those that show its element's state and who owns it.
        package let grounds: [String]
    }

    /// One stage of the buyer's journey, today and under the target.
    package struct JourneyRow: Sendable {
        /// The stage.
        package let stage: JourneyStage
        /// The stage's name in this business (repeat orders rather than renewal).
        package let title: String
        /// Who looks after the stage today, as the answers show it; `nil` when they do not.
        package let today: String?
        /// The target's accountable owner.
        package let accountable: String
        /// The target's contributors.
        package let contributes: [String]
        /// Why, as this tool reads the target model.
        package let why: String
        /// The questions the row rests on: those that show today's owner and who holds the roles.
        package let grounds: [String]
        /// Whether the answers show who the accountable owner is (not a stand-in for a role they
        /// do not show).
        let accountableShown: Bool
    }

    /// The target model.
    package let target: Stance
    /// The elements that apply to this organisation, in the data's order.
    package let elements: [ElementState]
    /// The plan: steps for the missing and partly-there elements, in dependency order.
    package let steps: [Step]
    /// Whether the organisation gets founder-stage advice.
    package let isSmall: Bool
    /// The journey map.
    package let journey: [JourneyRow]
    /// Who holds each role in this organisation.
    let cast: RoleCast
    /// Why a structural step waits for the written rules, when one does (``OperatingModel/RulesFirst``).
    public let rulesFirst: String?
    /// The operating model's phrases worded for this organisation.
    let wording: Wording
    /// Who gains and who loses authority when the plan changes the reporting lines.
    public let authority: AuthorityChange?

    /// The elements whose state is unknown: check them first.
    package var checkFirst: [ElementState] { elements.filter { $0.state == .unknown } }

    /// The plan's steps by when they start: days 1–30, 31–60 and 61–90 (phase 1 to 3), then the
    /// steps that wait for a hire (phase `nil`); a phase with no step is left out.
    package var stepsByPhase: [(phase: Int?, steps: [Step])] {
        let now = steps.filter { !$0.waitsForHire }
        var groups: [(phase: Int?, steps: [Step])] = (1...3).compactMap { phase in
            let inPhase = now.filter { $0.phase == phase }
            return inPhase.isEmpty ? nil : (phase, inPhase)
        }
        let waiting = steps.filter(\.waitsForHire)
        if !waiting.isEmpty { groups.append((nil, waiting)) }
        return groups
    }

    /// Reviews an assessment against a target model; `nil` when the questionnaire has no
    /// operating model.
    package init?(_ assessment: Assessment, target: Stance) {
        guard let model = assessment.questionnaire.operatingModel, let design = model.model(target) else { return nil }
        let answers = assessment.answers
        let value = { (id: String) in answers[id]?.value }
        let questionnaire = assessment.questionnaire
        let small = model.smallCompany?.holds(answers: value) ?? false
        self.target = target
        isSmall = small
        let cast = RoleCast(model, assessment)
        self.cast = cast
        func name(_ id: String) -> String { cast.holder(id).name }
        // Contributors by name, once each and never the owner again (two role ids can share a
        // name in a given organisation), and only roles the answers show.
        func names(_ roles: [String], besides owner: String) -> [String] {
            roles.map(cast.holder).filter(RoleCast.contributes).map(\.name).reduce(into: [String]()) { list, item in
                // "the CEO" beside "the CEO (there is no single revenue leader today)" is the same person.
                let base = { (name: String) in name.components(separatedBy: " (").first ?? name }
                if base(item) != base(owner) && !list.contains(item) { list.append(item) }
            }
        }
        // Every text in the words of this business (``Wording``).
        let wording = model.wording(answers: value, roles: cast.words)
        self.wording = wording
        var states: [ElementState] = []
        for raw in model.elements {
            guard let design = design.designs.first(where: { $0.element == raw.id })?.worded(wording) else { continue }
            let element = raw.worded(wording)
            // An element that may or may not apply, its question not answered, is listed as
            // unknown: the brief neither leaves it out nor guesses its state.
            var undecided: [String] = []
            if let applies = element.appliesWhen, !applies.holds(answers: value) {
                undecided = applies.openQuestions(answers, in: questionnaire)
                if undecided.isEmpty { continue }
            }
            if let skip = element.skipWhen, skip.holds(answers: value) { continue }
            undecided += element.skipWhen?.openQuestions(answers, in: questionnaire) ?? []
            if small, element.twoDepartments, element.smallCompany == nil { continue }
            if let notNeeded = element.notNeededWhen {
                if notNeeded.holds(answers: value) {
                    let evidence = notNeeded.clauses.map(\.questionID)
                    states.append(
                        ElementState(element: element, design: design, state: .notNeeded, evidence: evidence, open: []))
                    continue
                }
                undecided += notNeeded.openQuestions(answers, in: questionnaire)
            }
            let state = Self.state(element, design, answers: answers, questionnaire: questionnaire)
            states.append(
                undecided.isEmpty
                    ? state
                    : ElementState(
                        element: element, design: design, state: .unknown, evidence: state.evidence,
                        open: undecided + state.open.filter { !undecided.contains($0) }))
        }
        elements = states
        // Phases: an element whose prerequisites are settled (in place, or not applying) goes
        // first; each gap after another gap goes one phase later, at most the third. A
        // prerequisite the answers do not show counts as a gap: it is checked first, and what
        // builds on it waits for that.
        var phase: [String: Int] = [:]
        let gaps = states.filter { $0.state == .missing || $0.state == .partly }
        let gapIDs = Set(states.filter { $0.state != .inPlace && $0.state != .notNeeded }.map(\.element.id))
        // Rules before structure: with no written rules yet, a structural step waits for days
        // 31–60 at the earliest, unless the answers show the change is decided.
        // While the answers could still show no written rules, the step waits too: a brief from
        // fewer answers never puts it earlier than the full one.
        let mayWait = model.rulesFirst.map { rules in
            !rules.decidedWhen.contains { $0.holds(answers: value) }
                && rules.missingWhen.contains {
                    $0.holds(answers: value) || !$0.openQuestions(answers, in: questionnaire).isEmpty
                }
        }
        let waiting = mayWait == true ? Set(model.rulesFirst?.elements ?? []) : []
        let rulesMissing = model.rulesFirst?.applies(answers: value) ?? false
        func phaseOf(_ id: String, depth: Int = 0) -> Int {
            if let known = phase[id] { return known }
            guard depth < 32, let element = model.element(id) else { return 1 }
            let before = element.after.filter(gapIDs.contains).map { phaseOf($0, depth: depth + 1) + 1 }
            let result = min(3, max(before.max() ?? 1, waiting.contains(id) ? 2 : 1))
            phase[id] = result
            return result
        }
        steps = gaps.map { gap in
            let founderStage = small && gap.element.smallCompany != nil
            let action = founderStage ? gap.element.smallCompany ?? gap.design.step : gap.design.step
            let holder = cast.holder(gap.design.owner)
            let owner = holder.name
            let contributors = gap.design.with.map(cast.holder).filter(RoleCast.contributes)
            return Step(
                element: gap.element, state: gap.state, action: action, owner: owner,
                with: names(gap.design.with, besides: owner), result: founderStage ? nil : gap.design.result,
                phase: phaseOf(gap.element.id), waitsForHire: holder.waitsForHire,
                grounds: gap.evidence + holder.grounds + contributors.flatMap(\.grounds))
        }.enumerated().sorted { lhs, rhs in
            lhs.element.phase != rhs.element.phase ? lhs.element.phase < rhs.element.phase : lhs.offset < rhs.offset
        }.map(\.element)
        authority = Self.authorityChange(model, target: target, steps: steps, cast: cast)
        rulesFirst =
            rulesMissing && steps.contains { waiting.contains($0.element.id) && !small } ? model.rulesFirst?.why : nil
        // Today's owners only as the answers show them: never from a model, which would be a
        // guess about who does what.
        journey = design.journey.map { ownership in
            let holder = cast.holder(ownership.accountable)
            let accountable = holder.name
            let reading = model.journeyToday.first { $0.stage == ownership.stage }
            let today = reading?.readings.first { $0.condition.holds(answers: value) }?.name
            let contributors = ownership.contributes.map(cast.holder).filter(RoleCast.contributes)
            return JourneyRow(
                stage: ownership.stage, title: wording.title(ownership.stage), today: today, accountable: accountable,
                contributes: names(ownership.contributes, besides: accountable), why: ownership.why,
                grounds: (reading?.readings.flatMap { $0.condition.clauses.map(\.questionID) } ?? []) + holder.grounds
                    + contributors.flatMap(\.grounds), accountableShown: holder.presence != .unknown)
        }
    }

    /// An element's state from the answers: in place, partly, missing, or unknown when none of
    /// the questions its detection reads was answered, or when the open ones could still make
    /// it a better state than the answers given show.
    static func state(
        _ element: OperatingModel.Element, _ design: OperatingModel.Design, answers: Answers,
        questionnaire: Questionnaire
    ) -> ElementState {
        let value = { (id: String) in answers[id]?.value }
        let evidence = ((design.inPlace?.clauses ?? []) + (design.partly?.clauses ?? [])).map(\.questionID)
            .reduce(into: [String]()) { ids, id in if !ids.contains(id) { ids.append(id) } }
        let state: State
        var open: [String] = []
        let inPlaceOpen = design.inPlace?.openQuestions(answers, in: questionnaire) ?? []
        let partlyOpen = design.partly?.openQuestions(answers, in: questionnaire) ?? []
        if design.inPlace?.holds(answers: value) == true {
            state = .inPlace
        } else if !inPlaceOpen.isEmpty {
            // Partly there or missing on the answers given, in place once the rest is answered.
            (state, open) = (.unknown, inPlaceOpen)
        } else if design.partly?.holds(answers: value) == true {
            state = .partly
        } else if !partlyOpen.isEmpty {
            (state, open) = (.unknown, partlyOpen)
        } else if evidence.allSatisfy({ id in
            guard let answer = answers[id], let question = questionnaire.question(id) else { return true }
            return answer.value == .unsure || !answers.applies(question)
        }) {
            state = .unknown
            open = evidence.filter { answers[$0] == nil || answers[$0]?.value == .unsure }
        } else {
            state = .missing
        }
        return ElementState(element: element, design: design, state: state, evidence: evidence, open: open)
    }
}
