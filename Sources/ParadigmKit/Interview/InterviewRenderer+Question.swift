/// A question on screen: its numbered options, the hint under them, and answers as text.
extension InterviewRenderer {
    func options(_ question: Question, chosen: [String]) -> String {
        switch question.kind {
        case .single, .multiple, .yesNo, .scale:
            return question.options.enumerated().map { index, option in
                optionLine(
                    index + 1, question.kind == .scale ? scaleLabel(option) : option.label,
                    chosen: chosen.contains(option.id))
            }.joined()
        case .number, .text:
            return ""
        }
    }

    func optionLine(_ number: Int, _ label: String, chosen: Bool) -> String {
        let marker = chosen ? style.marked("*") : " "
        let numeral = String(number)
        let lead = " \(marker) " + String(repeating: " ", count: max(0, 2 - numeral.count)) + numeral + "  "
        guard !label.isEmpty else { return String(lead.dropLast(2)) + "\n" }
        // Wrapped as plain text first, so that the marker's colour codes never count as width.
        return lead + wrap(label, indent: 7).dropFirst(7)
    }

    /// What to type, what Enter does, and whether skip and unsure are allowed.
    func hint(_ question: Question, _ interview: Interview) -> String {
        var parts: [String] = []
        switch question.kind {
        case .single, .yesNo:
            parts.append("Type 1-\(question.options.count)")
        case .multiple:
            parts.append("Type one or more, such as 1,3")
        case .scale:
            parts.append("Type 1-5")
        case .number(let low, let high, let unit):
            let range =
                unit == "%"
                ? "a percentage from \(low.readable) to \(high.readable)"
                : "a number from \(low.readable) to \(high.readable)\(unit.map { " \($0)" } ?? "")"
            parts.append("Type \(range) (\(AnswerReader.examples(low: low, high: high, unit: unit)))")
        case .text:
            parts.append(question.optional ? "Type one line, or press Enter to leave it blank" : "Type one line")
        }
        let step = InterviewStep.question(question.id)
        if let value = interview.answers[question.id]?.value {
            parts.append("Enter keeps \(enterText(value, question))")
        } else if let earlier = interview.remembered[question.id] {
            parts.append("Enter brings back your earlier \(enterText(earlier, question))")
        }
        if question.kind != .text {
            parts.append(interview.canSkip(step) ? "unsure or skip allowed" : "an answer is needed")
        }
        return parts.joined(separator: "; ") + "; ? for help."
    }

    /// What Enter keeps, as the respondent would type it: `3`, `1,3`, `120,000`, `unsure`.
    func enterText(_ value: AnswerValue, _ question: Question) -> String {
        switch value {
        case .choice(let id):
            return question.options.firstIndex { $0.id == id }.map { String($0 + 1) } ?? id
        case .choices(let ids):
            return ids.map { id in question.options.firstIndex { $0.id == id }.map { String($0 + 1) } ?? id }
                .joined(separator: ",")
        case .number, .text, .unsure:
            return summary(value, question)
        }
    }

    /// A short text for an answer, as the review shows it.
    func summary(_ value: AnswerValue, _ question: Question) -> String {
        AnswerWords.text(
            value, for: question,
            option: { option in
                guard question.kind == .scale else { return option.label }
                let label = scaleLabel(option)
                return label.isEmpty ? option.id : "\(option.id) (\(label))"
            }, freeText: quoted)
    }

    /// A scale point's label without its leading "1 — ", or empty for the points between.
    func scaleLabel(_ option: Option) -> String {
        let prefix = "\(option.id) — "
        if option.label.hasPrefix(prefix) { return String(option.label.dropFirst(prefix.count)) }
        return option.label == option.id ? "" : option.label
    }
}
