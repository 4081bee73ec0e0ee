/// What a single respondent's brief is asked to be: its format, settings and what-ifs.
public struct BriefRequest: Sendable {
    /// The format to render; slides and the run sheet are team outputs.
    public var format: BriefFormat
    /// The brief's settings (date, detail); its overrides are filled in from ``overrides``.
    public var options: BriefOptions
    /// The organisation the brief names, whatever the answers say.
    public var organisation: String?
    /// What-if answers, `QUESTION=ANSWER` (see ``Answers/apply(overrides:questionnaire:)``).
    public var overrides: [String] = []
    /// The paper an HTML page is laid out for when printed.
    public var paper: Paper = .letter

    /// Creates a request.
    public init(format: BriefFormat = .markdown, options: BriefOptions) {
        self.format = format
        self.options = options
    }
}
