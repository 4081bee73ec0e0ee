/// Every voice once: which answers a team has already counted, by respondent, so that a copied
/// answers file or a form row submitted twice counts once, and two different sets of answers
/// under one name are caught.
///
/// - Answers identical to ones already counted (same name, role, organisation and every
///   answer) are a **copy**: counted once. Answers that give no name are a copy only when they
///   also wrote the same free text, since two people can tick the same boxes.
/// - Two different sets of answers under one name (ignoring case and spacing) are a
///   **conflict**: the command refuses them with both locations, unless `--latest` chooses.
package struct TeamSubmissions: Sendable {
    /// Answers counted once: the copy and the answers it repeats.
    package struct Copy: Sendable, Equatable {
        /// Where the copy came from (a file, or "export.csv row 7").
        package let source: String
        /// Where the answers it repeats came from.
        package let original: String
    }

    /// Different answers under one name.
    struct Conflict: Sendable, Equatable {
        /// The name as the first answers give it.
        let name: String
        /// Every location that gives the name different answers, in the order they came.
        var sources: [String]
    }

    /// Each name's first answers, and the different answers that came later under it (rare).
    private var byName: [String: (fingerprint: AnswersFingerprint, source: String)] = [:]
    private var laterByName: [String: [(fingerprint: AnswersFingerprint, source: String)]] = [:]
    private var unnamed: [AnswersFingerprint: String] = [:]
    private var conflictOf: [String: Int] = [:]
    private(set) var copies: [Copy] = []
    private(set) var conflicts: [Conflict] = []

    /// The key a name is compared by: case, and spaces around and between words, ignored.
    static func key(_ name: String?) -> String? {
        guard let name else { return nil }
        let words = name.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Registers one respondent's answers; `false` when they are a copy of answers already
    /// counted, which must not be counted again.
    mutating func register(
        name: String?, fingerprint: AnswersFingerprint, wroteText: Bool, source: String
    ) -> Bool {
        guard let key = Self.key(name) else {
            guard wroteText else { return true }
            if let original = unnamed[fingerprint] {
                copies.append(Copy(source: source, original: original))
                return false
            }
            unnamed[fingerprint] = source
            return true
        }
        guard let firstAnswers = byName[key] else {
            byName[key] = (fingerprint, source)
            return true
        }
        let earlier = [firstAnswers] + laterByName[key, default: []]
        if let original = earlier.first(where: { $0.fingerprint == fingerprint }) {
            copies.append(Copy(source: source, original: original.source))
            return false
        }
        laterByName[key, default: []].append((fingerprint, source))
        if let index = conflictOf[key] {
            conflicts[index].sources.append(source)
        } else {
            conflictOf[key] = conflicts.count
            conflicts.append(Conflict(name: name ?? key, sources: earlier.map(\.source) + [source]))
        }
        return true
    }
}

extension TeamSubmissions.Conflict {
    /// The error a team brief refuses the conflict with, naming every location.
    var diagnostic: Diagnostic {
        let listed =
            sources.dropLast().joined(separator: ", ") + (sources.count > 1 ? " and " : "") + (sources.last ?? "")
        return Diagnostic(
            .error,
            "\"\(name)\" answered \(sources.count) times with different answers: \(listed); a team brief counts "
                + "each respondent once",
            file: sources.last ?? "",
            help: "remove the answers that no longer hold, or pass --latest to keep each respondent's latest "
                + "answers (the file modified last; within one export, the later row)")
    }
}
