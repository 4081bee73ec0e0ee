/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable {
    /// The input cannot be used; the command exits 65.
    case error
    /// The input is used, but something in it is probably not what the author meant.
    case warning
}

/// One located finding about an input: a parse error, a schema error, a lint finding or an
/// import problem. Rendered compiler-style so that editors can jump to it.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in one sentence: what was expected and what was found.
    public var message: String
    /// The name of the file it is about.
    public var file: String
    /// Where in the file, if the finding has a place.
    public var location: SourceLocation?
    /// How many columns the caret line underlines.
    public var width: Int
    /// The source line shown under the message.
    public var sourceLine: String?
    /// A concrete fix, when one is clear ("did you mean `hybrid`?").
    public var help: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, _ message: String, file: String,
        location: SourceLocation? = nil, width: Int = 1, sourceLine: String? = nil, help: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.width = max(1, width)
        self.sourceLine = sourceLine
        self.help = help
    }

    /// Creates a diagnostic located in a source file, taking the source line from it.
    public init(
        _ severity: Severity = .error, _ message: String, in source: SourceFile,
        at location: SourceLocation, width: Int = 1, help: String? = nil
    ) {
        self.init(
            severity, message, file: source.name, location: location, width: width,
            sourceLine: source.line(location.line), help: help)
    }

    /// The diagnostic as the command line prints it:
    ///
    ///     answers.yaml:12:12: error: `deal_size` expects one of: ...; found "about 5k"
    ///        |
    ///     12 | deal_size: about 5k
    ///        |            ^^^^^^^^
    ///        = help: did you mean `5k_50k`?
    public var rendered: String {
        var out = file
        if let location { out += ":\(location.line):\(location.column)" }
        out += ": \(severity.rawValue): \(Diagnostic.shortened(message))\n"
        let gutter = String(repeating: " ", count: String(location?.line ?? 0).count)
        if let location, let sourceLine {
            // One pass to scalars; a long line is then cut to its window before anything else.
            let scalars = Array(sourceLine.unicodeScalars)
            var lead = min(max(0, location.column - 1), scalars.count)
            var shown = String.UnicodeScalarView()
            if scalars.count > Diagnostic.maximumShownColumns {
                // A long line is shown as a window around the caret, cut with `…`.
                let start = max(
                    0, min(lead - Diagnostic.maximumShownColumns / 4, scalars.count - Diagnostic.maximumShownColumns))
                let end = start + Diagnostic.maximumShownColumns
                lead -= start
                if start > 0 {
                    shown.append("…")
                    lead += 1
                }
                shown.append(contentsOf: scalars[start..<end].lazy.map(Diagnostic.shownScalar))
                if end < scalars.count { shown.append("…") }
            } else {
                shown.append(contentsOf: scalars.lazy.map(Diagnostic.shownScalar))
            }
            let available = max(1, shown.count - lead)
            let carets = String(repeating: "^", count: min(width, available))
            out += "\(gutter) |\n"
            out += "\(location.line) | \(String(shown))\n"
            out += "\(gutter) | \(String(repeating: " ", count: lead))\(carets)\n"
        }
        if let help { out += "\(gutter) = help: \(help)\n" }
        return out
    }
}

extension Diagnostic {
    /// The most columns of a source line a rendered diagnostic shows; a longer line is shown as
    /// a window around the caret.
    public static let maximumShownColumns = 160

    /// The most characters of a message a rendered diagnostic shows.
    public static let maximumMessageLength = 1000

    /// A message cut to ``maximumMessageLength`` characters, so that an error quoting a 1 MB
    /// value stays readable.
    static func shortened(_ message: String) -> String {
        let scalars = message.unicodeScalars
        guard scalars.count > maximumMessageLength else { return message }
        let kept = String(String.UnicodeScalarView(scalars.prefix(maximumMessageLength)))
        return kept + "… (\(scalars.count - maximumMessageLength) more characters not shown)"
    }
}

extension Diagnostic {
    /// A scalar of a source line as shown: a tab as a single space so carets stay under the
    /// column they point at, and a character a terminal would act on or hide (controls, CR,
    /// line separators, byte-order marks) as U+FFFD, one column each.
    fileprivate static func shownScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "\t" ? " " : TextCharacters.refusal(for: scalar) == nil ? scalar : "\u{FFFD}"
    }
}

/// Every diagnostic found in one run over one or more inputs, sorted by file and position and
/// capped, so that a user can fix a file in one pass.
public struct Diagnostics: Error, Sendable, Hashable {
    /// The most diagnostics kept for one run; the rest are counted, not shown.
    public static let cap = 50

    /// The diagnostics kept, in file and position order.
    public private(set) var items: [Diagnostic] = []
    /// How many more were found beyond ``cap``.
    public private(set) var omitted = 0
    /// How many of the ``omitted`` are errors: warnings past the cap do not make a run fail.
    public private(set) var omittedErrors = 0

    /// Creates an empty collection.
    public init() {}

    /// Creates a collection from diagnostics in any order.
    public init(_ items: [Diagnostic]) {
        for item in items { append(item) }
    }

    /// Adds one diagnostic, keeping the order and the cap.
    public mutating func append(_ diagnostic: Diagnostic) {
        let position = items.firstIndex { Diagnostics.precedes(diagnostic, $0) } ?? items.endIndex
        items.insert(diagnostic, at: position)
        if items.count > Diagnostics.cap {
            let dropped = items.removeLast()
            omitted += 1
            if dropped.severity == .error { omittedErrors += 1 }
        }
    }

    /// Adds all diagnostics of another collection.
    public mutating func append(contentsOf other: Diagnostics) {
        for item in other.items { append(item) }
        omitted += other.omitted
        omittedErrors += other.omittedErrors
    }

    /// Whether any diagnostic, kept or omitted, is an error.
    public var hasErrors: Bool { omittedErrors > 0 || items.contains { $0.severity == .error } }

    /// How many errors were found, kept and omitted.
    public var errorCount: Int { items.count(where: { $0.severity == .error }) + omittedErrors }

    /// How many warnings were found, kept and omitted.
    public var warningCount: Int { items.count + omitted - errorCount }

    /// Whether nothing was found.
    public var isEmpty: Bool { items.isEmpty && omitted == 0 }

    /// All diagnostics rendered, with a closing count line.
    public var rendered: String {
        var out = items.map(\.rendered).joined(separator: "\n")
        if omitted > 0 { out += "\n… and \(omitted) more not shown; fix these and run again.\n" }
        let errors = errorCount
        let warnings = warningCount
        if errors > 0 {
            out += "\(errors) error\(errors == 1 ? "" : "s")"
            if warnings > 0 { out += " and \(warnings) warning\(warnings == 1 ? "" : "s")" }
            out += " found.\n"
        }
        return out
    }

    private static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return false }  // files keep the order they were read in
        switch (a.location, b.location) {
        case let (x?, y?): return x < y
        case (nil, _?): return true
        default: return false
        }
    }
}
