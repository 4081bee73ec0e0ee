/// What `paradigm compare` writes: one closed set, named by its `--format`.
package enum ComparisonFormat: String, CaseIterable, Sendable {
    /// A Markdown report.
    case markdown
    /// The comparison as JSON.
    case json

    /// The report of `comparison`, dated `date`.
    package func render(_ comparison: Comparison, date: String) -> String {
        switch self {
        case .markdown: CompareRenderer(comparison: comparison, date: date).render()
        case .json: CompareJSON(comparison: comparison, date: date).render()
        }
    }
}
