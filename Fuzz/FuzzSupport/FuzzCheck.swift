import Foundation
import ParadigmKit

/// Helpers shared by the fuzz targets and the checks in ``FuzzProperties``.
public enum FuzzCheck {
    /// Stops the process with a message, so that libFuzzer records the input as a crash.
    public static func fail(_ message: String, input: Data) -> Never {
        let preview = String(decoding: input.prefix(2048), as: UTF8.self)
        fatalError("\(message)\n--- input ---\n\(preview)")
    }

    /// Runs one target's checks on an input and stops the process at the first that fails.
    public static func run(_ input: Data, _ checks: (Data) throws(FuzzFailure) -> Void) {
        do {
            try checks(input)
        } catch {
            fail(error.description, input: input)
        }
    }

    /// The built-in questionnaire; stops the process if it does not load.
    public static func builtIn() -> Questionnaire {
        do {
            return try Questionnaire.builtIn()
        } catch {
            fatalError("the built-in questionnaire does not load:\n\(error.rendered)")
        }
    }

    /// Decodes bytes as the command line does; `nil` when they are refused, which must be with
    /// located errors.
    static func decode(_ input: Data) throws(FuzzFailure) -> SourceFile? {
        do {
            return try DocumentParser.decode(input, name: "fuzz.yaml")
        } catch {
            try check(error, input: input)
            return nil
        }
    }

    /// A refusal must carry at least one error and render to text naming the file.
    /// Every location must lie inside the input (1-based, at most one line past the last; lines
    /// end at LF, CRLF or a lone CR). With `otherFiles`, errors about files the input names
    /// (a questionnaire's `operating_model:`) are allowed, wherever they are located.
    static func check(
        _ diagnostics: Diagnostics, input: Data, file: String = "fuzz.yaml", otherFiles: Bool = false
    ) throws(FuzzFailure) {
        guard diagnostics.hasErrors else { throw FuzzFailure("refused without an error: \(diagnostics.rendered)") }
        // Lines end at LF, CRLF or (in CSV) a lone CR.
        var lineCount = 1
        var previous: UInt8 = 0
        for byte in input {
            if byte == 0x0A || (previous == 0x0D && byte != 0x0A) { lineCount += 1 }
            previous = byte
        }
        if previous == 0x0D { lineCount += 1 }
        for item in diagnostics.items where item.file == file || !otherFiles {
            guard item.file == file else { throw FuzzFailure("an error names the wrong file: \(item.rendered)") }
            if let location = item.location, location.line < 1 || location.column < 1 || location.line > lineCount + 1 {
                throw FuzzFailure("an error is located outside the input (\(lineCount) lines): \(item.rendered)")
            }
        }
        _ = diagnostics.rendered
    }

    /// Answers written with ``AnswersWriter`` must load back to the same answers and respondent.
    static func answersRoundTrip(
        _ answers: Answers, _ questionnaire: Questionnaire, what: String = "written answers"
    ) throws(FuzzFailure) {
        let rendered = AnswersWriter.render(answers, questionnaire: questionnaire)
        let again: Answers
        do {
            again = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: rendered), questionnaire: questionnaire)
                .answers
        } catch {
            throw FuzzFailure("\(what) do not load:\n\(rendered)\n\(error.rendered)")
        }
        guard again.respondent == answers.respondent,
            again.values.mapValues(\.value) == answers.values.mapValues(\.value)
        else {
            throw FuzzFailure("\(what) load back differently:\n\(rendered)")
        }
    }
}
