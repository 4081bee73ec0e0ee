/// Colours for the interview's text, or none. Colour only ever repeats what a marker already
/// says (`*` the current answer, `!` a refused answer, `-` a notice, `>` the prompt), so the
/// text reads the same without it.
struct Style: Sendable {
    /// Whether escape codes are written at all.
    let colour: Bool

    /// Resets every colour and attribute.
    static let reset = "\u{1B}[0m"

    /// No escape codes.
    static let plain = Style(colour: false)

    /// Colour only when standard output is a terminal, `--no-color` was not given, `NO_COLOR`
    /// is unset or empty (https://no-color.org) and `TERM` is not `dumb`.
    static func choose(noColorFlag: Bool, environment: [String: String], outputIsTerminal: Bool) -> Style {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return Style(colour: outputIsTerminal && !noColorFlag && !noColor && !dumb)
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func heading(_ text: String) -> String { paint(text, "1;36") }
    func problem(_ text: String) -> String { paint(text, "31") }
    func notice(_ text: String) -> String { paint(text, "33") }
    func marked(_ text: String) -> String { paint(text, "32") }

    /// Each line coloured on its own, so that a colour never runs past a line break.
    private func paint(_ text: String, _ code: String) -> String {
        guard colour else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "\u{1B}[\(code)m\($0)\(Style.reset)" }
            .joined(separator: "\n")
    }
}
