/// The practice checklist screen (``PracticeChecklist``): the questions the plan reads, one row
/// each, answered in place with a single key (`a`, `y`, `u`) for the row marked, or several at
/// once with row numbers (`1y 2p 3n 4u`). Each row's answer is written at once, as any answer.
extension Interview {
    /// The practice checklist that the step of question `id` shows: `id` is its first row.
    package func checklist(at id: String) -> PracticeChecklist? {
        // Only a question a plan's element reads opens one (a quick look before the order's).
        guard adaptive,
            questionnaire.question(id)?.purpose == .perception
                || Stance.allCases.contains(where: { stance in
                    PracticeChecklist.reads(questionnaire, stance).contains { $0.id == id }
                })
        else { return nil }
        return plan.checklists.first { $0.rows.first?.questionID == id }
    }

    /// The question the next typed answer goes to: the question on screen, or on a checklist
    /// the row marked; `nil` on other screens.
    package var questionOnScreen: String? {
        guard case .asking(.question(let id)) = screen else { return nil }
        guard let checklist = checklist(at: id) else { return id }
        return checklist.rows[markedRow(checklist)].questionID
    }

    /// Whether a row has its answer, or was left open with `skip`.
    package func isDecided(_ row: PracticeChecklist.Row) -> Bool {
        answers[row.questionID] != nil || checklistSkipped.contains(row.questionID)
    }

    /// The row marked on a checklist: the one the next single key answers.
    package func markedRow(_ checklist: PracticeChecklist) -> Int {
        if checklistAt == checklist.rows.first?.questionID { return min(checklistRow, checklist.rows.count - 1) }
        return checklist.rows.firstIndex { !isDecided($0) } ?? 0
    }

    /// A reply on the checklist screen; `nil` for the commands every screen shares (help,
    /// review, quit, finish, and back from the first row).
    mutating func respondToChecklist(_ input: InterviewInput, _ checklist: PracticeChecklist) -> InterviewResponse? {
        open(checklist)
        let rows = checklist.rows
        switch input {
        case .command(.back) where checklistRow > 0:
            checklistRow -= 1
            return InterviewResponse(moved: true)
        case .command(.skip):
            let row = rows[checklistRow]
            let step = InterviewStep.question(row.questionID)
            guard canSkip(step) else { return InterviewResponse(notices: [.problem(cannotSkip(step))]) }
            var response = set(step, nil)
            remembered[row.questionID] = nil
            checklistSkipped.insert(row.questionID)
            return moveOn(checklist, to: checklistRow + 1, numbered: false, &response)
        case .empty:
            let row = rows[checklistRow]
            var response = InterviewResponse()
            if answers[row.questionID] == nil, let earlier = remembered[row.questionID] {
                response = set(.question(row.questionID), .answer(earlier))
            } else if !isDecided(row) {
                return InterviewResponse(notices: [.problem(Self.rowNeedsAnswer(checklistRow + 1, row))])
            }
            return moveOn(checklist, to: checklistRow + 1, numbered: false, &response)
        case .text(let text):
            switch ChecklistReply.read(text, checklist, questionnaire, from: checklistRow) {
            case .failure(let problem):
                return InterviewResponse(notices: [.problem(problem)])
            case .success(let reply):
                var response = InterviewResponse()
                for (index, value) in reply.values {
                    let id = rows[index].questionID
                    let result = set(.question(id), .answer(value))
                    response.notices += result.notices
                    response.changed = response.changed || result.changed
                    checklistSkipped.remove(id)
                }
                return moveOn(checklist, to: reply.next, numbered: reply.numbered, &response)
            }
        default:
            return nil
        }
    }

    /// Marks the checklist as asked, its questions together in ``asked``, and its row marker as
    /// belonging to it.
    private mutating func open(_ checklist: PracticeChecklist) {
        let ids = checklist.rows.map(\.questionID)
        if !checklists.contains(where: { $0.rows.first?.questionID == ids.first }) {
            checklists.append(checklist)
            asked += ids.filter { !asked.contains($0) }
        }
        if checklistAt != ids.first {
            checklistRow = markedRow(checklist)
            checklistAt = ids.first
        }
    }

    /// After rows were answered: the marker moves to `row`; past the last row, or after rows
    /// picked by number, with every row decided, the interview goes on after the checklist.
    private mutating func moveOn(
        _ checklist: PracticeChecklist, to row: Int, numbered: Bool, _ response: inout InterviewResponse
    ) -> InterviewResponse {
        response.moved = true
        let rows = checklist.rows
        let open = rows.firstIndex { !isDecided($0) }
        if open == nil, numbered || row >= rows.count {
            checklistAt = nil
            checklistSkipped = []
            advance(from: .question(rows[0].questionID), &response)
            return response
        }
        checklistRow = row < rows.count ? row : open ?? 0
        return response
    }

    static func rowNeedsAnswer(_ number: Int, _ row: PracticeChecklist.Row) -> AnswerProblem {
        AnswerProblem(
            message: "row \(number) (\(row.element)) has no answer yet",
            help: "type one of its letters, u for not sure, or skip to leave it open")
    }
}
