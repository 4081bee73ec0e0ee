/// Words that follow the business: a `{name}` in an operating-model text (a target, a step, a
/// result, a small-company step or a starter) stands for a phrase whose wording depends on the
/// answers, so that a dealer-led machinery firm reads about dealers and quotes and a subscription
/// firm about renewals, without a code branch per business.
extension OperatingModel {
    /// A phrase with its wordings: the first variant whose condition holds, else the default.
    package struct Phrase: Sendable {
        /// Stable id, written `{id}` in the texts that use it.
        package let id: String
        /// The wording when no variant's condition holds.
        package let text: String
        /// Wordings that replace `text` when their condition holds, first match first.
        package let variants: [(condition: Condition, text: String)]
        /// Where it is defined.
        package let location: SourceLocation
    }
}

/// The phrases of an operating model worded for one organisation: replaces each `{id}` in a
/// text by its wording, phrases within phrases included (to a depth of four).
struct Wording: Sendable {
    let words: [String: String]

    /// The text with every known `{id}` replaced; an unknown one stays as written.
    func callAsFunction(_ text: String) -> String {
        var result = text
        for _ in 0..<4 {
            let next = Self.placeholders(in: result).reduce(result) { text, id in
                words[id].map { text.replacingOccurrences(of: "{\(id)}", with: $0) } ?? text
            }
            if next == result { break }
            result = next
        }
        return result
    }

    /// A journey stage's name in this business: the phrase `stage_` and the stage's id, where
    /// the data gives one (repeat orders rather than renewal), else the stage's own title.
    func title(_ stage: JourneyStage) -> String { words["stage_\(stage.rawValue)"] ?? stage.title }

    /// The `{id}` placeholders in a text, in order: ids of letters, digits and underscores.
    static func placeholders(in text: String) -> [String] {
        var ids: [String] = []
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let id = current {
                if !id.isEmpty && !ids.contains(id) { ids.append(id) }
                current = nil
            } else if current != nil {
                if character.isLetter || character.isNumber || character == "_" {
                    current?.append(character)
                } else {
                    current = nil
                }
            }
        }
        return ids
    }
}

extension OperatingModel.Design {
    /// The design with its texts worded for one organisation.
    func worded(_ wording: Wording) -> Self {
        Self(
            element: element, target: wording(target), inPlace: inPlace, partly: partly, step: wording(step),
            owner: owner, with: with, result: wording(result), notShown: notShown)
    }
}

extension OperatingModel.Element {
    /// The element with its small-company step and starter worded for one organisation.
    func worded(_ wording: Wording) -> Self {
        Self(
            id: id, title: wording(title), after: after, appliesWhen: appliesWhen, skipWhen: skipWhen,
            notNeededWhen: notNeededWhen, notNeededBecause: notNeededBecause.map { wording($0) },
            twoDepartments: twoDepartments, smallCompany: smallCompany.map { wording($0) },
            starter: starter.map { wording($0) }, location: location)
    }
}
