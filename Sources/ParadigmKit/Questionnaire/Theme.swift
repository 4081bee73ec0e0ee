/// A theme that free-text answers are grouped into in a team brief (`themes:` in the
/// questionnaire): an answer to the theme's question is on the theme when it holds any of its
/// keywords, word by word, whatever the case and the word forms (see ``ThemeWords``). One
/// answer may be on several themes; an answer on none is counted under "other themes".
package struct Theme: Sendable, Equatable {
    /// The stable id.
    package let id: String
    /// The title a brief shows.
    package let title: String
    /// The free-text question whose answers it groups.
    package let questionID: String
    /// The words or phrases that put an answer on the theme, lower-cased.
    package let keywords: [String]
    /// The questions whose answers show whether the team is divided on the theme (perception
    /// questions, or any other): the offsite agenda leads with the strongest theme one of them
    /// bears out (`questions:` in the data).
    package let questions: [String]
    /// For the facilitator's run sheet: the decision the offsite reaches on the theme, who
    /// decides when the team does not agree, and what the item produces (`decision:`,
    /// `decides:`, `output:` in the data); `nil` when the data gives none.
    package var decision: String?, decides: String?, output: String?
    /// Each keyword as the words to find (``pattern(_:)``), made once.
    let patterns: [[String]]

    /// Creates a theme; keywords are compared word by word, in lower case.
    package init(id: String, title: String, questionID: String, keywords: [String], questions: [String] = []) {
        (self.id, self.title, self.questionID, self.questions) = (id, title, questionID, questions)
        self.keywords = keywords.map { $0.lowercased() }
        patterns = self.keywords.map(Self.pattern)
    }

    /// The id of ``other(questionID:)``.
    package static let otherID = "other"

    /// The answers to a question that are on none of its themes: "Other themes", with no keywords.
    package static func other(questionID: String) -> Theme {
        Theme(id: otherID, title: "Other themes", questionID: questionID, keywords: [])
    }

    /// Whether an answer holds any of the keywords (see ``matches(_:)-ThemeWords``).
    package func matches(_ text: String) -> Bool { matches(ThemeWords(text)) }

    /// Themes are equal when their id, title, question, keywords and questions are.
    package static func == (lhs: Theme, rhs: Theme) -> Bool {
        (lhs.id, lhs.title, lhs.questionID, lhs.keywords, lhs.questions)
            == (rhs.id, rhs.title, rhs.questionID, rhs.keywords, rhs.questions)
    }
}

extension Questionnaire {
    /// The free-text questions some theme groups, in the order the themes first name them.
    var themeQuestionIDs: [String] {
        var seen: Set<String> = []
        return themes.map(\.questionID).filter { seen.insert($0).inserted }
    }
}
