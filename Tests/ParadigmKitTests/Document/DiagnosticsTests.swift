import Testing

@testable import ParadigmKit

/// How ``Diagnostics`` sorts, caps and counts what one run found.
@Suite struct DiagnosticsTests {
    private static func diagnostic(_ severity: Severity, line: Int) -> Diagnostic {
        Diagnostic(severity, "finding on line \(line)", file: "f.yaml", location: SourceLocation(line: line, column: 1))
    }

    /// Kept and omitted findings of each severity, what ``Diagnostics/hasErrors`` says, and the
    /// closing count line.
    @Test(arguments: [
        (0, 70, false, ""),
        (1, 70, true, "1 error and 70 warnings found.\n"),
        (70, 0, true, "70 errors found.\n"),
        (60, 60, true, "60 errors and 60 warnings found.\n"),
    ])
    func capKeepsSeverities(_ errors: Int, _ warnings: Int, _ failing: Bool, _ count: String) {
        // Warnings first in the file, so that the cap drops the errors after them.
        var diagnostics = Diagnostics()
        for line in 1...max(1, warnings) where warnings > 0 {
            diagnostics.append(Self.diagnostic(.warning, line: line))
        }
        for line in 1...max(1, errors) where errors > 0 {
            diagnostics.append(Self.diagnostic(.error, line: warnings + line))
        }
        #expect(diagnostics.items.count == min(Diagnostics.cap, errors + warnings))
        #expect(diagnostics.hasErrors == failing)
        #expect(diagnostics.errorCount == errors)
        #expect(diagnostics.warningCount == warnings)
        #expect(diagnostics.rendered.hasSuffix("run again.\n" + count))
    }

    @Test func mergingKeepsTheOmittedSeverities() {
        var warnings = Diagnostics()
        for line in 1...60 { warnings.append(Self.diagnostic(.warning, line: line)) }
        var merged = Diagnostics()
        merged.append(contentsOf: warnings)
        #expect(!merged.hasErrors)
        #expect(merged.warningCount == 60)
    }
}
