/// The semantic checks `paradigm lint` runs on a questionnaire that loaded without schema
/// errors: conditions that can never hold, gates that never fire or cap nothing, bands no
/// number falls into, options that mislead, weights that never count, and paradigms no set of
/// answers can make the recommendation. Each check lives in a `Linter+Check.swift` file.
struct Linter {
    let questionnaire: Questionnaire
    let source: SourceFile
    /// The parsed questionnaire, for locations the typed model does not keep (top-level keys).
    let document: Document
    private(set) var findings: [Diagnostic] = []
    /// The findings as a set, so that a repeated finding is found without a pass over all of them.
    private var reported: Set<Diagnostic> = []

    init(questionnaire: Questionnaire, source: SourceFile, document: Document) {
        self.questionnaire = questionnaire
        self.source = source
        self.document = document
    }

    /// Runs every check and returns the findings.
    mutating func run() -> [Diagnostic] {
        checkConditions()
        checkGates()
        checkOptions()
        checkWeights()
        checkReachability()
        return findings
    }

    mutating func report(_ severity: Severity, _ message: String, at location: SourceLocation, help: String? = nil) {
        let diagnostic = Diagnostic(severity, message, in: source, at: location, width: span(at: location), help: help)
        if reported.insert(diagnostic).inserted { findings.append(diagnostic) }
    }

    /// How many columns to underline at a location: the rest of its line, so that `id: x` or
    /// `q1:` is underlined whole.
    private func span(at location: SourceLocation) -> Int {
        let line = source.line(location.line)
        let rest = line.unicodeScalars.dropFirst(max(0, location.column - 1))
        return String(String.UnicodeScalarView(rest)).trimmingWhitespace().unicodeScalars.count
    }

    /// Where a top-level key such as `sections:` is written, or the file's start.
    func topLevelKey(_ key: String) -> SourceLocation {
        if case .mapping(let top)? = document.root, let entry = top.entry(key) { return entry.key.location }
        return SourceLocation(line: 1, column: 1)
    }
}
