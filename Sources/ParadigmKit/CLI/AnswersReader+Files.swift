import Foundation

extension AnswersReader {
    /// Reads answers files, survey exports and standard input (`-`) by the command line's rules
    /// (``FileAccess``), relative to `io`'s folder; notes go to standard error.
    static func files(io: CommandIO) -> AnswersReader {
        AnswersReader(
            source: { path throws(BriefError) in
                do throws(CommandError) { return try FileAccess.readSource(path, io: io) } catch {
                    throw BriefError(error)
                }
            },
            export: { path throws(BriefError) in
                do throws(CommandError) { return [UInt8](try ImportCommand.read(path, io: io)) } catch {
                    throw BriefError(error)
                }
            },
            modified: { path in
                var status = stat()
                guard path != "<stdin>", stat(io.resolve(path), &status) == 0 else { return 0 }
                return Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
            },
            note: { io.err("note: \($0)\n") })
    }
}

extension BriefError {
    /// A reading failure of the command line's file access, as the library reports it.
    init(_ error: CommandError) {
        switch error {
        case .data(let diagnostics): self = .data(diagnostics)
        case .noInput(let message): self = .noInput(message)
        case .usage(let message, _): self = .request(message)
        case .io(let message), .unavailable(let message), .cannotCreate(let message): self = .io(message)
        case .interrupted(let signal): self = .io("interrupted by signal \(signal)")
        }
    }
}

extension CommandError {
    /// A brief that could not be made, with its exit code (usage errors show `command`'s usage).
    init(_ error: BriefError, command: String) {
        switch error {
        case .data(let diagnostics): self = .data(diagnostics)
        case .noInput(let message): self = .noInput(message)
        case .io(let message): self = .io(message)
        case .request(let message): self = .usage(message, command: command)
        }
    }
}
