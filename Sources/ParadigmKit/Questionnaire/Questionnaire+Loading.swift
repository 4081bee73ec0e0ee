import Foundation

extension Questionnaire {
    /// Loads a custom questionnaire from its text, with the files it names.
    ///
    /// A questionnaire may name two other files: its paradigm texts (`texts:`; without it the
    /// built-in texts are used) and its operating model (`operating_model:`). A relative name is
    /// read beside the questionnaire, that is relative to the folder of `source.name`. `readFile`
    /// returns a file's text for a path, or `nil` when it cannot be read; the loader turns that
    /// into an error located at the questionnaire that names the file.
    ///
    /// Throws every schema problem of the three files, each with its file and line.
    public static func load(
        _ source: SourceFile, readFile: (String) -> SourceFile?
    ) throws(Diagnostics) -> Questionnaire {
        let folder = (source.name as NSString).deletingLastPathComponent
        func path(of name: String) -> String {
            name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)
        }
        func unreadable(_ message: String, _ help: String) -> Diagnostics {
            Diagnostics([Diagnostic(.error, message, file: source.name, help: help)])
        }
        return try QuestionnaireLoader.load(source) { (textsName: String?) throws(Diagnostics) -> ParadigmTexts in
            guard let textsName else { return try builtIn().texts }
            guard let texts = readFile(path(of: textsName)) else {
                throw unreadable(
                    "cannot read the paradigm texts `\(textsName)` named by `texts:`",
                    "put the file beside the questionnaire, or remove `texts:` to use the built-in texts")
            }
            return try ParadigmTextsLoader.load(texts)
        } file: { (name: String) throws(Diagnostics) -> SourceFile in
            guard let file = readFile(path(of: name)) else {
                throw unreadable(
                    "cannot read the operating model `\(name)` named by `operating_model:`",
                    "put the file beside the questionnaire, or remove `operating_model:`")
            }
            return file
        }
    }
}
