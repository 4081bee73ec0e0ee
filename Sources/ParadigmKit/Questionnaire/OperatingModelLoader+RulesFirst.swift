extension OperatingModelLoader {
    /// `rules_first:`: `elements:` (element ids), `missing_when:` and `decided_when:` (each one
    /// condition or a list of conditions any of which will do) and `why:`.
    static func rulesFirst(
        _ node: Node?, elements: [OperatingModel.Element], _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> OperatingModel.RulesFirst? {
        let what = "`rules_first`"
        guard let node, let mapping = reader.mapping(node, what) else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["elements", "missing_when", "decided_when", "why"],
            required: ["elements", "missing_when", "why"], in: what)
        let ids = Set(elements.map(\.id))
        var named: [String] = []
        for item in list(keys["elements"], "`elements` of \(what)", reader) {
            guard let scalar = reader.scalar(item, "an element id") else { continue }
            if ids.contains(scalar.value) {
                named.append(scalar.value)
            } else {
                reader.referenceError(
                    "\(what) names `\(scalar.value)`, which is not an element", at: item,
                    help: Suggestion.closest(to: scalar.value, among: Array(ids)).map { "did you mean `\($0)`?" })
            }
        }
        func conditions(_ key: String) -> [Condition] {
            guard let node = keys[key] else { return [] }
            let items = if case .sequence(let list) = node { list.items } else { [node] }
            return items.compactMap { builder.condition($0, in: "`\(key)` of \(what)") }
        }
        return OperatingModel.RulesFirst(
            elements: named, missingWhen: conditions("missing_when"), decidedWhen: conditions("decided_when"),
            why: reader.text(keys, "why", in: what) ?? "")
    }
}
