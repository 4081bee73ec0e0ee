/// One line of a conversation on standard input.
package enum InputLine: Sendable, Equatable {
    /// A line, without its line break.
    case line(String)
    /// Standard input ended: Ctrl-D in a terminal, or the end of a pipe or file.
    case endOfInput
    /// Ctrl-C was pressed, or another signal asked the process to stop (``Interruption``).
    case interrupted
    /// A line longer than the 1 MiB a reply may hold; it was read to its end and is not used.
    case tooLong
}
