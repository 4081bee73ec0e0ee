import Foundation

/// Checks the words a reader sees — prompts, help, labels, explanations, the paradigm texts —
/// by walking the parsed file, so that each finding points at the text itself. A placeholder
/// ("TODO", "TBD", "…") or an empty list item is an error: it would reach an executive's brief.
/// Help, prompts and definitions too short to explain anything are warnings.
struct ProseCheck {
    let source: SourceFile

    /// Values that are codes, numbers or references, not prose.
    private static let codeKeys: Set<String> = [
        "id", "version", "type", "informs", "weight", "unsure", "optional", "purpose", "min", "max", "unit",
        "below", "cap", "level", "function", "texts", "url",
    ]
    /// Mappings whose contents are weights or conditions.
    private static let skippedKeys: Set<String> = ["weights", "today", "when", "caps"]
    /// The fewest words each kind of text needs before it can explain anything.
    private static let minimumWords: [String: Int] = [
        "prompt": 3, "help": 6, "summary": 4, "definition": 10, "intro": 4, "lift": 4, "interpretation": 8,
        "method_caveat": 8,
    ]
    /// Words that mark a placeholder wherever they stand, once trimmed of punctuation.
    private static let placeholderWords: Set<String> = ["TODO", "TBD", "FIXME", "XXX"]
    /// What a placeholder may end with: "TBD.", "TODO:".
    private static let closingMarks: Set<Unicode.Scalar> = [".", ":", "!"]
    /// Foundation's punctuation, made once.
    private static let punctuation = CharacterSet.punctuationCharacters
    private static let placeholders: Set<String> = [
        "todo", "tbd", "tbc", "fixme", "xxx", "...", "…", "?", "-", "n/a", "placeholder", "lorem ipsum",
    ]

    /// The findings for a parsed file.
    func run(_ root: Node?) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        if let root { walk(root, key: nil, owner: nil, into: &findings) }
        return findings
    }

    private func walk(_ node: Node, key: String?, owner: String?, into findings: inout [Diagnostic]) {
        switch node {
        case .scalar(let scalar):
            guard let key else { return }
            if key == "url" {
                checkAddress(scalar, owner: owner, into: &findings)
            } else if !Self.codeKeys.contains(key) {
                checkProse(scalar, key: key, owner: owner, into: &findings)
            }
        case .mapping(let mapping):
            var owner = owner
            if case .scalar(let id)? = mapping.entry("id")?.value, !id.value.isEmpty { owner = id.value }
            for entry in mapping.entries where !Self.skippedKeys.contains(entry.key.value) {
                walk(entry.value, key: entry.key.value, owner: owner, into: &findings)
            }
        case .sequence(let list):
            for item in list.items { walk(item, key: key, owner: owner, into: &findings) }
        }
    }

    private func checkProse(_ scalar: ScalarNode, key: String, owner: String?, into findings: inout [Diagnostic]) {
        let text = scalar.value.reflowed
        let place = "`\(key)`" + (owner.map { " of `\($0)`" } ?? "")
        // Trimmed by scalars, not through Foundation's NSString bridge: on a questionnaire of
        // thousands of questions, that bridge was half of lint's time.
        let normalised = String(
            Substring(text.lowercased()).trimming(where: { $0.isWhitespace || Self.closingMarks.contains($0) }))
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        if text.isEmpty {
            findings.append(
                Diagnostic(
                    .error, "\(place) is empty", in: source, at: scalar.location, width: scalar.width,
                    help: "write the text, or remove the line"))
        } else if Self.placeholders.contains(normalised)
            || words.contains(where: {
                Self.placeholderWords.contains(String($0.trimming(where: Self.punctuation.contains)))
            })
            || normalised.contains("lorem ipsum")
        {
            findings.append(
                Diagnostic(
                    .error, "\(place) is a placeholder (\"\(text.prefix(40))\"), not text a reader can use",
                    in: source, at: scalar.location, width: scalar.width,
                    help: "write the real text before the questionnaire is used"))
        } else if let minimum = Self.minimumWords[key], words.count < minimum {
            findings.append(
                Diagnostic(
                    .warning,
                    "\(place) is only \(words.count) word\(words.count == 1 ? "" : "s"); it is too short to explain "
                        + "anything",
                    in: source, at: scalar.location, width: scalar.width, help: Self.advice[key]))
        }
    }

    private static let advice: [String: String] = [
        "prompt": "ask the question as a busy executive would read it",
        "help": "say in a sentence or two why the question matters and what each answer implies",
        "definition": "define the paradigm in a short paragraph",
    ]

    private func checkAddress(_ scalar: ScalarNode, owner: String?, into findings: inout [Diagnostic]) {
        let value = scalar.value.trimmingWhitespace()
        if !(value.hasPrefix("https://") || value.hasPrefix("http://")) || value.contains(" ") {
            findings.append(
                Diagnostic(
                    .warning, "`url`\(owner.map { " of `\($0)`" } ?? "") is not a web address: \"\(value)\"",
                    in: source, at: scalar.location, width: scalar.width,
                    help: "give the address where a reader can check the source, starting with https://"))
        }
    }
}
