import Foundation

/// The answers file an interview keeps: rewritten atomically after every change, as an ordinary
/// answers file (``AnswersWriter``), so that an interrupted interview loses at most the question
/// on screen and `paradigm brief` reads exactly what the interview saw.
package struct InterviewFile: Sendable {
    /// The path as the respondent gave it, for messages and commands to copy.
    package let path: String
    /// The absolute path written.
    package let fullPath: String
    /// Whether the file exists with this interview's answers (or the resumed ones).
    package private(set) var written: Bool
    /// Whether a file already at the path may be replaced by the first save (`--force`).
    private let replacing: Bool

    /// A file at `fullPath`, named `path` in messages; `exists` when resuming it in place,
    /// `replacing` when a file there may be replaced.
    package init(path: String, fullPath: String, exists: Bool, replacing: Bool = false) {
        self.path = path
        self.fullPath = fullPath
        self.written = exists
        self.replacing = replacing
    }

    /// The comment lines at the top of the file; `ownWork` for a respondent whose answers join
    /// a team brief only.
    package func header(ownWork: Bool = false) -> [String] {
        [
            "Paradigm Advisor answers, saved by `paradigm interview` after every answer.",
            "Go on with: paradigm interview --resume \(Shell.quoted(path))",
            ownWork
                ? "Team brief: paradigm brief FOLDER, with these answers beside the leaders'"
                : "Brief: paradigm brief \(Shell.quoted(path))",
        ]
    }

    /// Saves the answers. Nothing is written until there is something to keep, so an interview
    /// left at its first prompt leaves no file behind.
    package mutating func save(_ answers: Answers, questionnaire: Questionnaire) throws(CommandError) {
        let respondent = answers.respondent
        guard
            written || !answers.values.isEmpty || respondent.name != nil || respondent.role != nil
                || respondent.organisation != nil
        else { return }
        let text = AnswersWriter.render(
            answers, questionnaire: questionnaire,
            header: header(ownWork: questionnaire.answersOwnWorkOnly(respondent.role)))
        do {
            try AtomicFile.write(Data(text.utf8), to: fullPath, replacing: written || replacing, interruptible: false)
        } catch {
            throw .io("cannot save '\(path)': \(error.message); the last answer was not saved")
        }
        written = true
    }
}

/// Quoting for commands the tool prints for the user to copy.
enum Shell {
    /// The text as one shell word: unchanged when it is safe, otherwise in single quotes.
    static func quoted(_ text: String) -> String {
        let safe =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "._-/+,:@%".unicodeScalars.contains($0)
            }
        return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
