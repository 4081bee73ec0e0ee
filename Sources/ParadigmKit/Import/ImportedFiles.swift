import Foundation

/// The answers files an import writes: one per respondent, named after the row and the
/// respondent's name or role, each with a comment saying where it came from.
enum ImportedFiles {
    /// The files' names and contents, in row order.
    static func files(
        for respondents: [ImportedRespondent], from source: String, questionnaire: Questionnaire
    ) -> [(name: String, data: Data)] {
        let digits = max(3, String(respondents.last?.row ?? 0).count)
        var used: Set<String> = []
        return respondents.map { respondent in
            var name = fileName(respondent, digits: digits)
            var suffix = 2
            while used.contains(name.lowercased()) {
                name = fileName(respondent, digits: digits, suffix: suffix)
                suffix += 1
            }
            used.insert(name.lowercased())
            let header = [
                "Imported by `paradigm import` from \(source), row \(respondent.row) (line "
                    + "\(respondent.location.line)).",
                "Edit freely; `paradigm brief` reads it like any answers file.",
            ]
            let text = AnswersWriter.render(respondent.answers, questionnaire: questionnaire, header: header)
            return (name, Data(text.utf8))
        }
    }

    /// `007-dana-whitfield.yaml`: the row, zero-padded so that files sort in row order, then
    /// the name (or the role, or `respondent`) in lower-case ASCII letters, digits and dashes.
    static func fileName(_ respondent: ImportedRespondent, digits: Int, suffix: Int? = nil) -> String {
        let row = String(respondent.row)
        let padded = String(repeating: "0", count: max(0, digits - row.count)) + row
        let person = respondent.answers.respondent
        var slug = slugged(person.name ?? "")
        if slug.isEmpty { slug = slugged(person.role ?? "") }
        if slug.isEmpty { slug = "respondent" }
        return "\(padded)-\(slug)\(suffix.map { "-\($0)" } ?? "").yaml"
    }

    /// Lower-case ASCII letters and digits, other runs as one dash, at most 40 characters.
    static func slugged(_ text: String) -> String {
        let folded = text.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
            locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
                if slug.count >= 40 { break }
            } else if ("A"..."Z").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
                if slug.count >= 40 { break }
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
