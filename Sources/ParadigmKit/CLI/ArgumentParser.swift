/// Parses a subcommand's arguments the way swift-argument-parser does: `--opt value`,
/// `--opt=value`, `-o value`, `--` ends options, `-` alone is a positional (standard input),
/// and `-h`/`--help` anywhere asks for help.
enum ArgumentParser {
    enum Outcome {
        case parsed(ParsedArguments)
        case help
    }

    static func parse(_ arguments: [String], for command: CommandSpec) throws(CommandError) -> Outcome {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        let allNames = command.options.flatMap(\.names)
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" || name == "--help" { return .help }
            guard let option = command.options.first(where: { $0.names.contains(name) }) else {
                let suggestion = Suggestion.closest(to: name, among: allNames).map { " Did you mean '\($0)'?" } ?? ""
                throw .usage("Unknown option '\(name)'.\(suggestion)", command: command.name)
            }
            switch option.kind {
            case .flag:
                if inlineValue != nil { throw .usage("The flag '\(name)' takes no value.", command: command.name) }
                parsed.flags.insert(option.key)
            case .value, .repeating:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .usage("Missing value for '\(name) <\(option.valueName)>'.", command: command.name)
                }
                if !option.values.isEmpty, !option.values.contains(value) {
                    let suggestion =
                        Suggestion.closest(to: value, among: option.values).map { " Did you mean '\($0)'?" } ?? ""
                    throw .usage(
                        "The value '\(value)' is invalid for '\(name) <\(option.valueName)>'; use one of: "
                            + "\(option.values.joined(separator: ", ")).\(suggestion)",
                        command: command.name)
                }
                if value.isEmpty, ["file", "folder", "answers"].contains(option.valueName) {
                    throw .usage(
                        "The value for '\(name) <\(option.valueName)>' is empty; give a name.", command: command.name)
                }
                parsed.values[option.key, default: []].append(value)
            }
        }
        try checkPositionals(parsed.positionals, command)
        return .parsed(parsed)
    }

    private static func checkPositionals(_ positionals: [String], _ command: CommandSpec) throws(CommandError) {
        let required = command.arguments.filter { !$0.optional }
        if positionals.count < required.count, let missing = required.dropFirst(positionals.count).first {
            throw .usage("Missing expected argument '<\(missing.name)>'.", command: command.name)
        }
        let canRepeat = command.arguments.last?.repeating ?? false
        if !canRepeat, positionals.count > command.arguments.count {
            throw .usage("Unexpected argument '\(positionals[command.arguments.count])'.", command: command.name)
        }
    }
}
