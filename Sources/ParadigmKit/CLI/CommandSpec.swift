/// An option a command accepts.
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        /// `--force`: present or not.
        case flag
        /// `--date <date>`: one value; the last one given wins.
        case value
        /// `--set <q=a>`: may be given several times.
        case repeating
    }

    /// The names, short first: `["-o", "--output"]`.
    let names: [String]
    let kind: Kind
    /// The value's placeholder in help: `file`.
    let valueName: String
    let help: String
    /// `values: a, b; default: a` shown after the help.
    let values: [String]
    let defaultValue: String?
    /// Whether the command cannot run without it (`paradigm import -o`): shown without brackets.
    let required: Bool

    init(
        _ names: [String], _ kind: Kind = .flag, valueName: String = "", help: String, values: [String] = [],
        defaultValue: String? = nil, required: Bool = false
    ) {
        self.required = required
        self.names = names
        self.kind = kind
        self.valueName = valueName
        self.help = help
        self.values = values
        self.defaultValue = defaultValue
    }

    /// The long name, which keys the parsed value.
    var key: String { names.last ?? "" }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    let name: String
    let help: String
    let optional: Bool
    let repeating: Bool

    init(_ name: String, help: String, optional: Bool = false, repeating: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
        self.repeating = repeating
    }
}

/// A subcommand: its help text, its arguments and what it does.
struct CommandSpec: Sendable {
    let name: String
    let abstract: String
    let discussion: String?
    let arguments: [ArgumentSpec]
    let options: [OptionSpec]
    let run: @Sendable (ParsedArguments, CommandIO) throws(CommandError) -> Void

    init(
        name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], run: @escaping @Sendable (ParsedArguments, CommandIO) throws(CommandError) -> Void
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options + [OptionSpec(["-h", "--help"], help: "Show help information.")]
        self.run = run
    }
}

/// What the parser found on the command line.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    var flags: Set<String> = []
    var values: [String: [String]] = [:]

    func flag(_ key: String) -> Bool { flags.contains(key) }
    func value(_ key: String) -> String? { values[key]?.last }
    func all(_ key: String) -> [String] { values[key] ?? [] }
}
