/// Why a brief could not be made, by what went wrong: the command line gives each its exit code
/// (README's table).
public enum BriefError: Error, Sendable {
    /// Located problems in the answers or the questionnaire (exit 65).
    case data(Diagnostics)
    /// An input that cannot be read at all, in words (exit 66).
    case noInput(String)
    /// Reading failed midway, in words (exit 74).
    case io(String)
    /// What was asked for cannot be done with these inputs (a what-if override that does not
    /// apply, a format for another kind of brief), in words (exit 64).
    case request(String)
}
