/// The `paradigm` command line: all of it lives here, so that `main.swift` is one call and the
/// whole command layer runs in-process in tests.
public enum CLI {
    /// The version `--version` prints.
    public static let version = ProductVersion.current

    /// Every subcommand, in the order help lists them.
    static let commands: [CommandSpec] = [
        BriefCommand.spec, InterviewCommand.spec, TemplateCommand.spec, QuestionsCommand.spec,
        CompareCommand.spec, LintCommand.spec, ImportCommand.spec,
    ]

    /// Runs the command line and returns the exit code. A command that succeeded but could not
    /// write all of its output to standard output or standard error exits 74 with one line saying why.
    /// Everything written to standard error shows control characters visibly
    /// (``Swift/String/visibleControls``): it echoes names, cells and paths from the inputs.
    public static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        var io = io
        let err = io.err
        io.err = { text in err(text.visibleControls) }
        let code = dispatch(arguments, io: io)
        // A signal caught while a command finished work it could not stop midway (the
        // interview's last save, a brief already published) still ends the run as stopped.
        if code == ExitCode.success.rawValue, let signal = Interruption.pending {
            return ExitCode.stopped(by: signal).rawValue
        }
        guard code == ExitCode.success.rawValue, let failure = io.writeFailure() else { return code }
        io.err("Error: \(failure)\n")
        return ExitCode.ioError.rawValue
    }

    private static func dispatch(_ arguments: [String], io: CommandIO) -> Int32 {
        guard let first = arguments.first else {
            io.out(overview)
            return ExitCode.success.rawValue
        }
        switch first {
        case "-h", "--help":
            io.out(overview)
            return ExitCode.success.rawValue
        case "--version":
            io.out(version + "\n")
            return ExitCode.success.rawValue
        case "help":
            guard let name = arguments.dropFirst().first, name != "help" else {
                io.out(overview)
                return ExitCode.success.rawValue
            }
            guard let command = commands.first(where: { $0.name == name }) else {
                return fail(.usage("Unknown command '\(name)'.\(suggest(name))", command: nil), io)
            }
            io.out(HelpGenerator.help(command))
            return ExitCode.success.rawValue
        default:
            guard let command = commands.first(where: { $0.name == first }) else {
                let what = first.hasPrefix("-") ? "option" : "command"
                return fail(.usage("Unknown \(what) '\(first)'.\(suggest(first))", command: nil), io)
            }
            do {
                switch try ArgumentParser.parse(Array(arguments.dropFirst()), for: command) {
                case .help:
                    io.out(HelpGenerator.help(command))
                case .parsed(let parsed):
                    try command.run(parsed, io)
                }
                return ExitCode.success.rawValue
            } catch {
                return fail(error, io)
            }
        }
    }

    private static func suggest(_ name: String) -> String {
        let names = commands.map(\.name) + ["help", "--help", "--version"]
        return Suggestion.closest(to: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
    }

    /// Prints an error the way swift-argument-parser does and returns its exit code.
    static func fail(_ error: CommandError, _ io: CommandIO) -> Int32 {
        switch error {
        case .usage(let message, let name):
            var text = "Error: \(message)\n"
            if let name, let command = commands.first(where: { $0.name == name }) {
                text +=
                    "Usage: \(HelpGenerator.usage(command))\n  See 'paradigm \(name) --help' for more information.\n"
            } else {
                text += "Usage: paradigm <command> [options]\n  See 'paradigm --help' for more information.\n"
            }
            io.err(text)
        case .data(let diagnostics):
            io.err(diagnostics.rendered)
        case .noInput(let message), .unavailable(let message), .cannotCreate(let message), .io(let message):
            io.err("Error: \(message)\n")
        case .interrupted:
            break
        }
        return error.exitCode.rawValue
    }

    static var overview: String {
        var out = """
            OVERVIEW: Paradigm Advisor helps a leadership team choose how marketing and sales relate:
            siloed, assimilated, subservient or proportionate (Forrester, 2024). It asks about the
            organisation, scores the four paradigms with a transparent weighted model, and writes a
            Markdown brief for the leadership offsite.

            USAGE: paradigm <command> [options]

            Start here:
              paradigm interview                   answer the questions one by one in the terminal
              paradigm template > answers.yaml     or: write a file of questions to fill in by hand
              paradigm brief answers.yaml          write the recommendation brief
              paradigm brief answers/              a team brief from several respondents

            SUBCOMMANDS:

            """
        for command in commands { out += HelpGenerator.row(command.name, command.abstract) }
        out += HelpGenerator.row("help <command>", "Show help for a command.")
        out += """

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            EXIT CODES:
              0   success
              64  the command line was wrong (unknown option, missing argument)
              65  an input file is malformed (every problem is listed with file:line:column)
              66  an input file is missing, is a folder, or cannot be read (or the
                  interview's piped input ended early, after saving)
              73  an output file cannot be created (missing folder, or it exists: use --force)
              74  reading or writing failed midway
              129, 130, 131, 143  stopped by a closed terminal, Ctrl-C, Ctrl-\\ or kill
                  (the interview saves first; temporary files are removed)

              See 'paradigm help <command>' for more about a command.

            """
        return out
    }
}
