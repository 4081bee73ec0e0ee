/// A document format pandoc makes from the brief's Markdown, with the options chosen for it
/// (docs/documents.md) and the programs it needs.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Word, with ``ReferenceDocument`` for its styles.
    case docx
    /// PDF through pdflatex, pandoc's default engine, and the Latin Modern fonts.
    case pdf

    /// The file pandoc writes, whose extension tells it the format.
    var fileName: String { "brief.\(rawValue)" }

    /// pandoc's arguments after the input; `reference` is the reference document's path,
    /// `engine` pdflatex's, and `paper` the PDF's page size (a DOCX keeps the reference
    /// document's).
    func pandocArguments(output: String, reference: String, engine: String, paper: Paper = .letter) -> [String] {
        let common = ["--from", "markdown", "--standalone", "--output", output]
        return switch self {
        case .docx: common + ["--reference-doc", reference]
        case .pdf: common + ["--pdf-engine", engine, "--variable", paper.pandocVariable]
        }
    }

    /// The programs that must be on the PATH, each with the Debian packages that provide it.
    var requirements: [(program: String, packages: [String])] {
        switch self {
        case .docx: [("pandoc", ["pandoc"])]
        case .pdf:
            [
                ("pandoc", ["pandoc"]),
                ("pdflatex", ["texlive-latex-recommended", "texlive-fonts-recommended", "lmodern"]),
            ]
        }
    }
}
