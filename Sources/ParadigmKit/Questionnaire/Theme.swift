/// A theme that free-text answers are grouped into in a team brief (`themes:` in the
/// questionnaire): an answer to the theme's question is on the theme when it contains any of
/// its keywords, ignoring case. One answer may be on several themes.
public struct Theme: Sendable, Equatable {
    /// The stable id.
    public let id: String
    /// The title a brief shows.
    public let title: String
    /// The free-text question whose answers it groups.
    public let questionID: String
    /// The words or phrases that put an answer on the theme, lower-cased.
    public let keywords: [String]

    /// Creates a theme; keywords are compared in lower case.
    public init(id: String, title: String, questionID: String, keywords: [String]) {
        (self.id, self.title, self.questionID) = (id, title, questionID)
        self.keywords = keywords.map { $0.lowercased() }
    }

    /// Whether an answer contains any of the keywords, ignoring case.
    public func matches(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return keywords.contains { lowered.contains($0) }
    }
}

extension Questionnaire {
    /// The free-text questions some theme groups, in the order the themes first name them.
    var themeQuestionIDs: [String] {
        var seen: Set<String> = []
        return themes.map(\.questionID).filter { seen.insert($0).inserted }
    }
}
