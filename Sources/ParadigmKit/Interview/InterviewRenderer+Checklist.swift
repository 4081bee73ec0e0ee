/// The practice checklist on screen: one line per row with its answer so far, the marked row's
/// question with its options grouped as in place, partly and no for the model's plan, and how
/// to answer.
extension InterviewRenderer {
    func checklistScreen(_ checklist: PracticeChecklist, _ interview: Interview, progress: String) -> String {
        let rows = checklist.rows
        let marked = interview.markedRow(checklist)
        var out = "\n"
        if let stance = checklist.stance {
            let model =
                (try? Assessor.assess(interview.answers, with: interview.questionnaire)).map { $0.displayName(stance) }
                ?? stance.shortName
            out += style.heading("== Practice checklist ==") + "\n"
            out += wrap(
                progress + "What is in place today? The plan for \(model) reads these \(rows.count) practices, one "
                    + "row each.", indent: 0, first: { style.bold($0) })
        } else {
            let section = interview.questionnaire.question(rows[0].questionID).flatMap { question in
                interview.questionnaire.sections.first { $0.id == question.sectionID }
            }
            out += style.heading("== \(section?.title ?? "Ratings") ==") + "\n"
            if let intro = section?.intro, !intro.isEmpty { out += paragraph(intro.reflowed) }
            out += wrap(
                progress + "Rate each from 1 to 5, as you see it from where you sit.", indent: 0,
                first: { style.bold($0) })
        }
        for (index, row) in rows.enumerated() {
            let number = String(index + 1)
            let lead = (index == marked ? style.marked("▸") : " ") + String(repeating: " ", count: 4 - number.count)
            // A long title is cut before its "(1 of 2)", which tells two rows of one element apart.
            let part =
                row.element.hasSuffix(")")
                ? row.element.suffix(from: row.element.lastIndex(of: "(") ?? row.element.endIndex) : ""
            let title =
                row.element.count > 50 && !part.isEmpty
                ? truncated(String(row.element.dropLast(part.count + 1)), 49 - part.count) + " " + part
                : truncated(row.element, 50)
            let answer = checklistAnswer(row, interview)
            out += lead + number + "  " + title + String(repeating: " ", count: 52 - title.count) + answer + "\n"
        }
        let row = rows[marked]
        guard let question = interview.questionnaire.question(row.questionID) else { return out }
        let title = row.isRating ? "Row \(marked + 1)" : "Row \(marked + 1), \(row.element)"
        out += "\n" + wrap("\(title): \(question.prompt)", indent: 2, firstPrefix: "  ")
        let letters = ChecklistReply.letters(row)
        let current = interview.defaultValue(row.questionID)?.optionIDs ?? []
        for group in row.groups {
            for (offset, option) in group.options.enumerated() {
                let key = letters.first { $0.option == option }.map { String($0.key) } ?? "?"
                let state = offset == 0 ? group.state.rawValue : ""
                let label =
                    question.kind == .scale
                    ? question.options.first { $0.id == option }.map(scaleLabel) ?? ""
                    : question.options.first { $0.id == option }?.label ?? option
                let chosen = current.contains(option) ? style.marked("*") : " "
                let pad = "  " + state + String(repeating: " ", count: 10 - state.count)
                // Wrapped as plain text first, so that the marker's colour codes never count as width.
                let width = pad.count + 6
                let text = label.isEmpty ? "\n" : String(wrap(label, indent: width).dropFirst(width))
                out += pad + chosen + " " + key + (label.isEmpty ? "" : "   ") + text
            }
        }
        if question.unsureAllowed {
            out +=
                "  not sure  " + (interview.answers[row.questionID]?.value == .unsure ? style.marked("*") : " ")
                + " u\n"
        }
        out += style.dim(wrap(checklistHint(row, rows.count, marked, interview), indent: 2, firstPrefix: "  "))
        return out
    }

    /// A row's answer as the list shows it: the state and the key, or not sure, or open.
    private func checklistAnswer(_ row: PracticeChecklist.Row, _ interview: Interview) -> String {
        guard let value = interview.answers[row.questionID]?.value else {
            return interview.checklistSkipped.contains(row.questionID) ? "(left open)" : "·"
        }
        guard case .choice(let option) = value else { return "not sure" }
        if row.isRating { return style.bold(option) }
        let state = row.groups.first { $0.options.contains(option) }?.state.rawValue ?? ""
        let key = ChecklistReply.letters(row).first { $0.option == option }.map { " (\($0.key))" } ?? ""
        return style.bold(state + key)
    }

    /// What to type on the checklist.
    private func checklistHint(
        _ row: PracticeChecklist.Row, _ count: Int, _ marked: Int, _ interview: Interview
    )
        -> String
    {
        let shortcuts = PracticeChecklist.State.plan.filter { row.options($0).count == 1 }
            .map { "\($0.key) \($0.rawValue)" }
        let unsure = interview.questionnaire.question(row.questionID)?.unsureAllowed == true ? ", u not sure" : ""
        var parts =
            row.isRating
            ? [
                "One key rates the row marked ▸: 1 to 5\(unsure)",
                "several at once in turn (4 3 5) or with row numbers, such as 1:4 2:3",
            ]
            : [
                "One key answers the row marked ▸: its letter"
                    + (shortcuts.isEmpty ? "" : ", or \(shortcuts.joined(separator: ", "))") + unsure,
                "several at once with row numbers, such as 1y 2p 3n 4u",
            ]
        if interview.answers[row.questionID] != nil {
            parts.append("Enter keeps row \(marked + 1)'s answer")
        }
        parts.append(marked > 0 ? "back goes up a row" : "back goes to the previous question")
        return parts.joined(separator: "; ") + "; ? for help."
    }

    /// The help on the checklist: how the rows are answered, and why the marked row matters.
    func checklistHelp(_ checklist: PracticeChecklist, _ interview: Interview) -> String {
        let row = checklist.rows[interview.markedRow(checklist)]
        if row.isRating {
            var out = wrap(
                "Each row is one question on how the relationship looks from where you sit, rated 1 to 5; a team "
                    + "brief compares these between roles, and they never change the scores. Type a point for the "
                    + "row marked ▸ and the marker moves on; several points rate several rows in turn (4 3 5); a "
                    + "row and a point rate that row (2:4). u says you are not sure, Enter keeps a row's answer, "
                    + "back goes up a row, skip leaves the marked row open.", indent: 4, firstPrefix: "  ")
            if let question = interview.questionnaire.question(row.questionID) {
                out += wrap("Why it matters: " + question.help.reflowed, indent: 4, firstPrefix: "  ")
            }
            return out
        }
        var out = wrap(
            "Each row is one practice the plan reads, answered with one of its question's own answers, grouped by "
                + "what it shows for the plan: in place, partly there, or not (no). Type a letter for the row marked "
                + "▸, and the marker moves to the next row; type several keys to answer several rows in turn "
                + "(a y u); or pick rows by number (1y 2p 3n 4u). y, p and n pick the answer that counts as in "
                + "place, partly or no when there is one such answer; u (or 4?) says you are not sure. Enter keeps "
                + "a row's answer and moves on, back goes up a row, skip leaves the marked row open. Once every row "
                + "is answered, the interview goes on.", indent: 4, firstPrefix: "  ")
        if let question = interview.questionnaire.question(row.questionID) {
            out += wrap("Why row \(row.element) matters: " + question.help.reflowed, indent: 4, firstPrefix: "  ")
        }
        return out
    }
}
