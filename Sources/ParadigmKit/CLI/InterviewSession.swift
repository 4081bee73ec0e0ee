/// How an interview ended.
package enum InterviewEnd: Equatable, Sendable {
    /// The respondent accepted the final review.
    case finished
    /// The respondent typed `quit`.
    case quit
    /// Standard input ended (Ctrl-D, or the end of a pipe) after this many lines.
    case endOfInput(linesRead: Int)
    /// Ctrl-C.
    case interrupted
}

/// Runs an ``Interview`` on a line-based console: prints each screen, reads a line, applies
/// it, saves the answers file after every change, and stops on finish, `quit`, end of input or
/// Ctrl-C. End of input is never read as Enter, so it never accepts a default; at the final
/// review, where nothing is left to answer, it finishes the interview.
package struct InterviewSession {
    /// The interview's state.
    package private(set) var interview: Interview
    /// The answers file.
    package private(set) var file: InterviewFile
    private var renderer: InterviewRenderer
    private let write: (String) -> Void
    private let read: () -> InputLine
    private let echo: Bool

    /// A session. `echo` repeats each line read after the prompt, for when input does not come
    /// from a terminal that shows it (so that a transcript reads like a conversation).
    package init(
        interview: Interview, file: InterviewFile, colour: Bool, echo: Bool,
        write: @escaping (String) -> Void, read: @escaping () -> InputLine
    ) {
        self.interview = interview
        self.file = file
        self.renderer = InterviewRenderer(style: Style(colour: colour), path: file.path)
        self.write = write
        self.read = read
        self.echo = echo
    }

    /// Runs the interview until it ends and saves the answers once more, so that every way out
    /// (finish, `quit`, end of input, Ctrl-C) leaves them on disk. Throws only when the answers
    /// file cannot be saved.
    package mutating func run(resuming: Bool) throws(CommandError) -> InterviewEnd {
        let end = try converse(resuming: resuming)
        try file.save(interview.answers, questionnaire: interview.questionnaire)
        return end
    }

    private mutating func converse(resuming: Bool) throws(CommandError) -> InterviewEnd {
        write(renderer.opening(interview, resuming: resuming))
        write(renderer.screen(interview))
        var linesRead = 0
        while true {
            switch interview.screen {
            case .finished: return .finished
            case .quit: return .quit
            case .asking, .review: break
            }
            write(renderer.prompt)
            switch read() {
            case .interrupted:
                write("\n")
                return .interrupted
            case .endOfInput:
                write("\n")
                // At the final review every question has had its turn: the end of input
                // accepts it, as Enter would (and the brief is written if asked for).
                if interview.screen == .review(final: true) { return .finished }
                return .endOfInput(linesRead: linesRead)
            case .tooLong:
                linesRead += 1
                write(renderer.tooLongNotice)
            case .line(let line):
                linesRead += 1
                if echo { write(line.visibleControls + "\n") }
                let response = interview.respond(line)
                if response.changed { try file.save(interview.answers, questionnaire: interview.questionnaire) }
                write(renderer.notices(response.notices, interview))
                if response.moved { write(renderer.screen(interview)) }
            }
        }
    }
}
