/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, with labels
/// indented two spaces and padded to a 26-column label width.
enum HelpGenerator {
    static let labelWidth = 26

    static func usage(_ command: CommandSpec) -> String {
        var parts = ["paradigm", command.name]
        for option in command.options where option.key != "--help" {
            let label = option.kind == .flag ? option.names[0] : "\(option.names[0]) <\(option.valueName)>"
            parts.append(option.kind == .repeating ? "[\(label) ...]" : option.required ? label : "[\(label)]")
        }
        for argument in command.arguments {
            var label = "<\(argument.name)>"
            if argument.repeating { label += " ..." }
            parts.append(argument.optional ? "[\(label)]" : label)
        }
        return parts.joined(separator: " ")
    }

    static func help(_ command: CommandSpec) -> String {
        var out = "OVERVIEW: \(command.abstract)\n"
        if let discussion = command.discussion { out += "\n\(discussion)\n" }
        out += "\nUSAGE: \(usage(command))\n"
        if !command.arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in command.arguments {
                out += row("<\(argument.name)>", argument.help)
            }
        }
        out += "\nOPTIONS:\n"
        for option in command.options {
            var label = option.names.joined(separator: ", ")
            if option.kind != .flag { label += " <\(option.valueName)>" }
            var help = option.help
            var extras: [String] = []
            if !option.values.isEmpty { extras.append("values: \(option.values.joined(separator: ", "))") }
            if let defaultValue = option.defaultValue { extras.append("default: \(defaultValue)") }
            if !extras.isEmpty { help += " (\(extras.joined(separator: "; ")))" }
            out += row(label, help)
        }
        out += "\n  See 'paradigm help' for every command and the exit codes.\n"
        return out
    }

    static func row(_ label: String, _ help: String) -> String {
        let padded = "  " + label
        if padded.count < labelWidth {
            return padded + String(repeating: " ", count: labelWidth - padded.count) + help + "\n"
        }
        return padded + "\n" + String(repeating: " ", count: labelWidth) + help + "\n"
    }
}
