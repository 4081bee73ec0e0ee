extension BriefRenderer {
    /// The what-if notice: which answers `--set` changed, before anything else is read.
    func whatIf(_ md: inout Markdown) {
        guard !options.overrides.isEmpty else { return }
        md.heading(1, "What-if: answers changed for this brief")
        let count = options.overrides.count
        md.paragraph(
            "This brief does not score the answers file as written: \(count) answer\(count == 1 ? " was" : "s were") "
                + "changed on the command line with `--set`, and everything below follows from the changed answers."
        )
        let rows = options.overrides.map { change -> [String] in
            guard let question = questionnaire.question(change.questionID) else {
                return ["`\(change.questionID)`", "", "", ""]
            }
            let dropped =
                change.dropped.isEmpty
                ? "" : "; no longer applies, so dropped: " + change.dropped.map { "`\($0)`" }.joined(separator: ", ")
            return [
                "`\(question.id)`", question.prompt, valueText(change.original, for: question),
                valueText(change.value, for: question) + dropped,
            ]
        }
        md.table(["Id", "Question", "In the file", "Used here"], alignments: [.left, .left, .left, .left], rows)
    }
}
