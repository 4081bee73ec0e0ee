import Foundation

/// Options and steps several commands share.
enum CommonOptions {
    static let questionnaire = OptionSpec(
        ["--questionnaire"], .value, valueName: "file",
        help: "Use a custom questionnaire instead of the built-in one.")
    static let output = OptionSpec(
        ["-o", "--output"], .value, valueName: "file", help: "Write to a file instead of standard output.")
    static let force = OptionSpec(["--force"], help: "Replace the output file if it exists.")

    /// The questionnaire named by `--questionnaire`, or the built-in one.
    static func questionnaire(_ arguments: ParsedArguments, io: CommandIO) throws(CommandError) -> Questionnaire {
        guard let path = arguments.value(questionnaire.key) else {
            do { return try Questionnaire.builtIn() } catch { throw .data(error) }
        }
        let source = try FileAccess.readSource(path, io: io)
        do {
            return try Questionnaire.load(source) { try? FileAccess.readSource($0, io: io) }
        } catch {
            throw .data(error)
        }
    }

    /// Writes a command's output to `-o FILE` (atomically, refusing to overwrite without
    /// `--force`) or to standard output.
    static func emit(_ text: String, _ arguments: ParsedArguments, io: CommandIO) throws(CommandError) {
        if let path = arguments.value(output.key), path != "-" {
            try FileAccess.write(text, to: path, force: arguments.flag(force.key), io: io)
        } else {
            io.out(text)
        }
    }

    /// Prints warnings to standard error.
    static func warn(_ diagnostics: Diagnostics, io: CommandIO) {
        if !diagnostics.isEmpty { io.err(diagnostics.rendered) }
    }
}
