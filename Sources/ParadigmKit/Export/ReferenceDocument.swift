import Foundation

/// The Word reference document `--format docx` gives pandoc: pandoc's own default with
/// 10 pt body text, tighter spacing and 2 cm margins (made by Scripts/make-reference-docx.py),
/// so that the default brief stays within eight pages.
enum ReferenceDocument {
    /// The document's bytes.
    static var data: Data { Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data() }
}
