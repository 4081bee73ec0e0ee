extension OperatingModelLoader {
    /// `phrases:`: each an `id:`, a default `text:` and `variants:` of `when:` and `text:`.
    static func phrases(
        _ node: Node?, _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> [OperatingModel.Phrase] {
        var phrases: [OperatingModel.Phrase] = []
        for item in list(node, "`phrases`", reader) {
            guard let mapping = reader.mapping(item, "a phrase") else { continue }
            let keys = reader.keys(
                of: mapping, allowed: ["id", "text", "variants"], required: ["id", "text"], in: "a phrase")
            guard let id = reader.text(keys, "id", in: "a phrase"), let text = phraseText(keys["text"], reader)
            else { continue }
            if phrases.contains(where: { $0.id == id }) {
                reader.error("the phrase `\(id)` is defined twice", at: mapping.location)
            }
            var variants: [(condition: Condition, text: String)] = []
            for entry in list(keys["variants"], "`variants` of phrase `\(id)`", reader) {
                let what = "a variant of phrase `\(id)`"
                guard let variant = reader.mapping(entry, what) else { continue }
                let entryKeys = reader.keys(
                    of: variant, allowed: ["when", "text"], required: ["when", "text"], in: what)
                if let when = entryKeys["when"], let condition = builder.condition(when, in: what),
                    let wording = phraseText(entryKeys["text"], reader)
                {
                    variants.append((condition, wording))
                }
            }
            phrases.append(OperatingModel.Phrase(id: id, text: text, variants: variants, location: mapping.location))
        }
        return phrases
    }

    /// A phrase's wording as written, its lines kept (a starter's list may take a phrase of
    /// several items), without the final line break.
    private static func phraseText(_ node: Node?, _ reader: SchemaReader) -> String? {
        guard let node, let scalar = reader.scalar(node, "a phrase's text") else { return nil }
        var text = scalar.value
        while text.hasSuffix("\n") || text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// Every `{id}` in the elements', the models' and the phrases' texts names a phrase.
    static func checkPhrases(
        _ phrases: [OperatingModel.Phrase], roles: [OperatingModel.Role], elements: [OperatingModel.Element],
        models: [OperatingModel.Model], at top: SourceLocation, _ reader: SchemaReader
    ) {
        // A phrase, or `role_` and a role's id: who holds that role in the organisation.
        let known = Set(phrases.map(\.id) + roles.map { "role_\($0.id)" })
        func check(_ text: String?, _ what: String, at location: SourceLocation) {
            for id in Wording.placeholders(in: text ?? "") where !known.contains(id) {
                reader.referenceError(
                    "\(what) uses `{\(id)}`, which is not in `phrases`", at: location,
                    help: Suggestion.closest(to: id, among: Array(known)).map { "did you mean `{\($0)}`?" }
                        ?? "add the phrase under `phrases:`, name a role as `{role_ID}`, or write the text without braces"
                )
            }
        }
        for element in elements {
            check(element.smallCompany, "the small-company step of element `\(element.id)`", at: element.location)
            check(element.starter, "the starter of element `\(element.id)`", at: element.location)
        }
        for model in models {
            for design in model.designs {
                let what = "element `\(design.element)` of the model `\(model.stance.rawValue)`"
                for text in [design.target, design.step, design.result] { check(text, what, at: top) }
            }
        }
        for phrase in phrases {
            for text in [phrase.text] + phrase.variants.map(\.text) {
                check(text, "the phrase `\(phrase.id)`", at: phrase.location)
            }
        }
    }
}
