/// Text helpers: wrapping to the width and quoting.
extension InterviewRenderer {
    /// A text in quotes, cut to its first line and 50 characters.
    func quoted(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        let short = line.count > 50 ? String(line.prefix(49)) + "…" : line == text ? line : line + " …"
        return "\"\(short.visibleControls)\""
    }

    func quoted(_ value: StepValue) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .role(let id): id
        case .answer(let answer): answer.optionIDs?.joined(separator: ",") ?? "unsure"
        }
    }

    /// A step's name in the review and messages.
    func label(_ step: InterviewStep) -> String {
        switch step {
        case .name: "Your name"
        case .role: "Your role"
        case .organisation: "The organisation"
        case .question(let id): id
        }
    }

    /// Wraps text to the width; continuation lines are indented by `indent` spaces.
    func wrap(_ text: String, indent: Int, firstPrefix: String? = nil, first: (String) -> String = { $0 }) -> String {
        let lead = firstPrefix ?? String(repeating: " ", count: indent)
        let lines = text.wrapped(width: max(20, Self.width - max(indent, firstPrefix?.count ?? 0)))
        guard !lines.isEmpty else { return lead.trimmingTrailingSpaces() + "\n" }
        var out = ""
        for (index, line) in lines.enumerated() {
            if index == 0 {
                out += lead + first(line)
            } else if !line.isEmpty {
                out += String(repeating: " ", count: indent) + first(line)
            }
            out += "\n"
        }
        return out
    }

    /// A paragraph wrapped to the width.
    func paragraph(_ text: String) -> String {
        text.wrapped(width: Self.width).map { $0 + "\n" }.joined()
    }
}

extension InterviewStep {
    var isQuestion: Bool {
        if case .question = self { return true }
        return false
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
