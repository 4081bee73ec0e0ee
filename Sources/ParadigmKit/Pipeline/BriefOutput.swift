/// A brief as its format makes it: the text itself, or the Markdown pandoc makes a document of
/// (DOCX and PDF need pandoc, a program the caller runs).
public enum BriefOutput: Sendable, Equatable {
    /// The bytes to write: Markdown, an HTML page, JSON, slides or a run sheet.
    case text(String)
    /// The brief's Markdown, for pandoc to make into a document of this format.
    case pandoc(markdown: String, format: DocumentFormat)
}
