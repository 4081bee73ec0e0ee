/// The interview as a state machine, without any input or output: which step is on screen,
/// the answers so far, and what each typed reply does to them. ``InterviewSession`` connects it
/// to a terminal; tests drive it directly.
package struct Interview: Sendable {
    /// The questionnaire asked.
    package let questionnaire: Questionnaire
    /// The answers so far, exactly as the answers file holds them.
    package internal(set) var answers: Answers
    /// What is on screen.
    package internal(set) var screen: InterviewScreen
    /// The step a review was opened from, to go on with afterwards; `nil` for the final review.
    package internal(set) var reviewOrigin: InterviewStep?
    /// Whether the step on screen was picked from the review, so that answering it returns there.
    package internal(set) var editingFromReview = false
    /// Questions that started to apply because of an edit made from the review; they are asked
    /// before the review shows again.
    var appeared: [String] = []
    /// Answers removed because their question stopped applying, offered as the default again if
    /// it applies again.
    package internal(set) var remembered: [String: AnswerValue] = [:]
    /// The furthest step reached, as its place in ``order``; the review lists what lies up to it.
    package internal(set) var furthest = 0
    /// Whether the questions come in adaptive order (``AdaptiveOrder``) rather than the
    /// questionnaire's.
    package internal(set) var adaptive = false
    /// In adaptive order: the questions asked so far (answered, unsure or skipped), in the order
    /// they were asked.
    package internal(set) var asked: [String] = []
    /// In adaptive order: whether the respondent chose to go on past what the brief needs.
    package internal(set) var goesOn = false
    /// The highest question count shown so far in adaptive order: the `[n/N]` count never rises
    /// while the interview narrows down what it needs (only `more` at the review raises it).
    package internal(set) var shownTotal: Int?
    /// In adaptive order: whether the respondent chose to finish once the recommendation was
    /// settled, leaving out the questions the brief would still use (`finish`).
    package internal(set) var finishesEarly = false
    /// Whether the role was given before the interview (`--role`), so it is not asked.
    package let roleGiven: Bool
    /// How many review lines fit on one page of the terminal; `nil` for no paging (a pipe).
    package var reviewPageSize: Int?
    /// The page of the review on screen (0-based).
    package internal(set) var reviewPage = 0
    /// The step just changed from the review, which the review then confirms in one line
    /// instead of listing every answer again; `nil` otherwise.
    package internal(set) var changedFromReview: InterviewStep?
    /// In adaptive order: the practice checklists opened so far (``PracticeChecklist``), whose
    /// questions stand together in ``asked``, each asked on one screen.
    package internal(set) var checklists: [PracticeChecklist] = []
    /// On a practice checklist: the row the next single key answers (0-based).
    package internal(set) var checklistRow = 0
    /// The first question of the checklist ``checklistRow`` belongs to.
    var checklistAt: String?
    /// On a practice checklist: the rows left open with `skip`, by question id.
    package internal(set) var checklistSkipped: Set<String> = []

    /// A new interview, or one that resumes `answers` at the first step still unanswered: a
    /// missing role or organisation, then the first question that applies and has no answer.
    /// When nothing is left, it opens on the final review.
    package init(
        questionnaire: Questionnaire, answers: Answers, resuming: Bool = false, adaptive: Bool = false,
        roleGiven: Bool = false
    ) {
        self.questionnaire = questionnaire
        self.answers = answers
        self.roleGiven = roleGiven
        self.answers.dropInapplicable(in: questionnaire)
        self.adaptive = adaptive
        screen = .asking(.name)
        if adaptive {
            let given = self.answers
            asked = questionnaire.questions.map(\.id).filter { given[$0] != nil }
            // Answers given on a checklist screen count as that one screen again.
            if let assessment = try? Assessor.assess(given, with: questionnaire) {
                let practice = PracticeChecklist.members(asked, questionnaire, assessment.recommendation)
                if !practice.isEmpty {
                    asked = PracticeChecklist.grouped(asked, members: practice)
                    checklists.append(
                        PracticeChecklist(questionnaire, stance: assessment.recommendation, ids: practice))
                }
                let ratings = PracticeChecklist.ratingMembers(asked, questionnaire)
                if !ratings.isEmpty {
                    asked = PracticeChecklist.grouped(asked, members: ratings)
                    checklists.append(PracticeChecklist.ratings(questionnaire, ids: ratings))
                }
            }
        }
        guard resuming else { return }
        let kept = self.answers
        let open = applicableSteps.first { step in
            switch step {
            case .name: false
            case .role: kept.respondent.role == nil
            case .organisation: kept.respondent.organisation == nil
            case .question(let id): kept[id] == nil
            }
        }
        if let open {
            screen = .asking(open)
            furthest = index(of: open)
        } else {
            screen = .review(final: true)
            furthest = order.count - 1
        }
    }

    /// Every step in the order asked, whether or not it applies now.
    package var order: [InterviewStep] { plan.order }

    /// ``order``, with the practice checklists in it (those opened so far, and the one
    /// ahead), from one look at the answers.
    var plan: (order: [InterviewStep], checklists: [PracticeChecklist]) {
        guard adaptive else { return (InterviewStep.respondent + questionnaire.questions.map { .question($0.id) }, []) }
        guard !finishesEarly else { return (InterviewStep.respondent + asked.map { .question($0) }, checklists) }
        let next = AdaptiveOrder.plan(questionnaire, answers: answers, asked: asked, all: goesOn)
        var all = checklists
        for ahead in next.checklists {
            if let first = ahead.rows.first?.questionID, !all.contains(where: { $0.contains(first) }) {
                all.append(ahead)
            }
        }
        return (InterviewStep.respondent + (asked + next.order).map { .question($0) }, all)
    }

    /// In adaptive order: whether the recommendation is settled, or how many open questions
    /// could still change it; `nil` in questionnaire order.
    package var stage: AdaptiveOrder.Stage? {
        adaptive && !questionnaire.answersOwnWorkOnly(answers.respondent.role)
            ? AdaptiveOrder.stage(questionnaire, answers: answers) : nil
    }

    /// In adaptive order, once settled: the model it is settled on and the brief's verdict word
    /// for it, as the final lines and the brief will say them.
    package var settledOn: (model: String, verdict: String)? {
        guard stage == .settled, let assessment = try? Assessor.assess(answers, with: questionnaire) else { return nil }
        let statement = ConfidenceStatement(assessment, Sensitivity(assessment))
        return (assessment.displayName(assessment.recommendation), statement.call.words)
    }

    /// In adaptive order, once settled: how many of the recommended model's design elements the
    /// answers so far show, of how many; `nil` before, or without an operating model.
    package var elementsShown: (shown: Int, of: Int)? {
        guard stage == .settled, let assessment = try? Assessor.assess(answers, with: questionnaire),
            let review = OperatingModelReview(assessment, target: assessment.recommendation)
        else { return nil }
        return (review.elements.count - review.checkFirst.count, review.elements.count)
    }

    /// In adaptive order: how many questions the brief does not need were left out.
    package var notAsked: Int {
        guard adaptive, !goesOn else { return 0 }
        let listed = Set(order.compactMap { step -> String? in if case .question(let id) = step { id } else { nil } })
        return questionnaire.questions.filter { answers.isAsked($0, in: questionnaire) && !listed.contains($0.id) }
            .count
    }

    /// In adaptive order, after `finish`: how many of the questions not asked the brief would
    /// still use (for today's model, the plan or the readiness gates, or the perception block).
    package var stillNeeded: Int {
        guard adaptive, finishesEarly else { return 0 }
        return AdaptiveOrder.remaining(questionnaire, answers: answers, asked: asked, all: false).count
    }

    /// Goes on past the final review: first with the questions the brief would still use, when
    /// the respondent finished early; then with every other question in questionnaire order.
    package mutating func goOn() {
        if !finishesEarly || stillNeeded == 0 { goesOn = true }
        finishesEarly = false
        shownTotal = nil
    }

    /// The steps that apply with the answers given so far.
    package var applicableSteps: [InterviewStep] { order.filter(applies) }

    /// The questions that apply with the answers given so far.
    package var applicableQuestions: [Question] {
        questionnaire.questions.filter { answers.isAsked($0, in: questionnaire) }
    }

    /// Whether a step is asked with the answers given so far: the role only when the
    /// questionnaire names roles and none was given with `--role`; a question when its `when:`
    /// holds and the respondent's role is asked it.
    package func applies(_ step: InterviewStep) -> Bool {
        switch step {
        case .name, .organisation: true
        case .role: !questionnaire.roles.isEmpty && !roleGiven
        case .question(let id): questionnaire.question(id).map { answers.isAsked($0, in: questionnaire) } ?? false
        }
    }

    /// `[n/N]` for a question: the place of its screen among the screens that apply now, and
    /// their count (the questions of a practice checklist share one screen).
    package func progress(_ id: String) -> (number: Int, total: Int)? {
        guard let raw = planned(id) else { return nil }
        return (raw.number, max(raw.number, min(raw.total, shownTotal ?? raw.total)))
    }

    /// Notes the count shown on the current screen, so that the next one shows no more.
    mutating func noteShownTotal() {
        guard adaptive, case .asking(.question(let id)) = screen, let shown = progress(id) else { return }
        shownTotal = shown.total
    }

    /// The place of a question's screen among the screens numbered now, and how many there are.
    private func planned(_ id: String) -> (number: Int, total: Int)? {
        let steps = numberedSteps
        return steps.firstIndex { $0.contains { $0.id == id } }.map { ($0 + 1, steps.count) }
    }

    /// ``numberedQuestions`` by screen: one question each, or a practice checklist's questions
    /// together. `[n/N]` and the review's numbers count these.
    package var numberedSteps: [[Question]] {
        let plan = self.plan
        let questions = numbered(plan.order)
        let groups = plan.checklists.map { $0.rows.map(\.questionID) }
        var steps: [[Question]] = []
        for question in questions {
            if let group = groups.first(where: { $0.contains(question.id) }), let last = steps.last,
                last.contains(where: { group.contains($0.id) })
            {
                steps[steps.count - 1].append(question)
            } else {
                steps.append([question])
            }
        }
        return steps
    }

    /// The questions that apply now in the order they are numbered: `[n/N]` on a question and
    /// the review's row numbers are places in this list (the adaptive order, or the
    /// questionnaire's).
    package var numberedQuestions: [Question] { numbered(order) }

    private func numbered(_ order: [InterviewStep]) -> [Question] {
        guard adaptive else { return applicableQuestions }
        return order.compactMap { step -> Question? in
            guard case .question(let id) = step, let question = questionnaire.question(id),
                answers.isAsked(question, in: questionnaire)
            else { return nil }
            return question
        }
    }

    /// The steps the review lists, numbered from 1: the respondent fields, then every question
    /// that applies and was reached or answered.
    package var reviewItems: [InterviewStep] {
        applicableSteps.filter { step in
            guard case .question(let id) = step else { return true }
            return answers[id] != nil || index(of: step) <= furthest
        }
    }

    /// The review's items in pages of ``reviewPageSize`` (one page without paging).
    package var reviewPages: [ArraySlice<InterviewStep>] {
        let items = reviewItems
        guard let size = reviewPageSize, size > 0, items.count > size else { return [items[...]] }
        return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }

    /// The current answer of a step, or the one it had before its question stopped applying:
    /// what Enter keeps.
    package func defaultValue(_ id: String) -> AnswerValue? { answers[id]?.value ?? remembered[id] }

    func index(of step: InterviewStep) -> Int { order.firstIndex(of: step) ?? 0 }

    /// The first step after `step` that applies (after the whole practice checklist, when
    /// `step` opens one).
    func step(after step: InterviewStep) -> InterviewStep? {
        let plan = self.plan
        var from = step
        if case .question(let id) = step, let last = plan.checklists.first(where: { $0.contains(id) })?.rows.last {
            from = .question(last.questionID)
        }
        return plan.order.dropFirst((plan.order.firstIndex(of: from) ?? 0) + 1).first(where: applies)
    }

    /// The last step before `step` that applies (the practice checklist's first question, when
    /// it is one of the checklist's).
    func step(before step: InterviewStep) -> InterviewStep? {
        let plan = self.plan
        guard let previous = plan.order.prefix(plan.order.firstIndex(of: step) ?? 0).last(where: applies) else {
            return nil
        }
        if case .question(let id) = previous, let group = plan.checklists.first(where: { $0.contains(id) }),
            let first = group.rows.map(\.questionID).first(where: { applies(.question($0)) })
        {
            return .question(first)
        }
        return previous
    }

    /// Whether `skip` may leave a step unanswered: the respondent fields, text questions that
    /// are optional, and questions that accept `unsure` (a skipped answer counts like unsure).
    package func canSkip(_ step: InterviewStep) -> Bool {
        guard case .question(let id) = step, let question = questionnaire.question(id) else { return true }
        return question.kind == .text ? question.optional : question.unsureAllowed
    }
}
