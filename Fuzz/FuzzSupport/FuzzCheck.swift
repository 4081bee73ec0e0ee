import Foundation
import ParadigmKit

/// Helpers shared by the fuzz targets.
public enum FuzzCheck {
    /// Stops the process with a message, so that libFuzzer records the input as a crash.
    public static func fail(_ message: String, input: Data) -> Never {
        let preview = String(decoding: input.prefix(2048), as: UTF8.self)
        fatalError("\(message)\n--- input ---\n\(preview)")
    }

    /// The built-in questionnaire; stops the process if it does not load.
    public static func builtIn() -> Questionnaire {
        do {
            return try Questionnaire.builtIn()
        } catch {
            fatalError("the built-in questionnaire does not load:\n\(error.rendered)")
        }
    }

    /// Decodes bytes as the command line does; `nil` when they are refused. Renders the
    /// diagnostics of a refusal, which must be non-empty.
    public static func decode(_ data: Data, input: Data) -> SourceFile? {
        do {
            return try DocumentParser.decode(data, name: "fuzz.yaml")
        } catch {
            check(error, input: input)
            return nil
        }
    }

    /// A refusal must carry at least one error and render to text naming the file.
    /// Every location must lie inside the input (1-based, at most one line past the last; lines
    /// end at LF, CRLF or a lone CR).
    public static func check(_ diagnostics: Diagnostics, input: Data, file: String = "fuzz.yaml") {
        guard diagnostics.hasErrors else { fail("refused without an error: \(diagnostics.rendered)", input: input) }
        // Lines end at LF, CRLF or (in CSV) a lone CR.
        var lineCount = 1
        var previous: UInt8 = 0
        for byte in input {
            if byte == 0x0A || (previous == 0x0D && byte != 0x0A) { lineCount += 1 }
            previous = byte
        }
        if previous == 0x0D { lineCount += 1 }
        for item in diagnostics.items {
            guard item.file == file else { fail("an error names the wrong file: \(item.rendered)", input: input) }
            if let location = item.location, location.line < 1 || location.column < 1 || location.line > lineCount + 1 {
                fail("an error is located outside the input (\(lineCount) lines): \(item.rendered)", input: input)
            }
        }
        _ = diagnostics.rendered
    }
}
