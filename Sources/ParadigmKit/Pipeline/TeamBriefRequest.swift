/// What a team brief is asked to be: its format, settings and how its inputs are read.
public struct TeamBriefRequest: Sendable {
    /// The format to render.
    public var format: BriefFormat
    /// The brief's settings (date, anonymity, quotes, chart links).
    public var options: TeamBriefOptions
    /// The organisation the brief is for; every respondent's answers count as this one's.
    public var organisation: String?
    /// How survey exports are read.
    public var export = ExportReading()
    /// Count each respondent's latest answers when one name gives different answers.
    public var latest = false
    /// The paper an HTML page is laid out for when printed.
    public var paper: Paper = .letter

    /// Creates a request.
    public init(format: BriefFormat = .markdown, options: TeamBriefOptions) {
        self.format = format
        self.options = options
    }

    /// How survey exports are read: `paradigm import`'s `--delimiter` and `--skip-column`.
    public struct ExportReading: Sendable {
        /// The delimiter; `nil` detects it from the header row.
        public var delimiter: CSVDelimiter?
        /// Columns to leave out, by title or letter.
        public var skipColumns: [String] = []

        /// Creates a way of reading exports.
        public init(delimiter: CSVDelimiter? = nil, skipColumns: [String] = []) {
            self.delimiter = delimiter
            self.skipColumns = skipColumns
        }
    }
}
