extension OperatingModelLoader {
    /// `authority:`: per model, `stance:`, `gains:` and `gains_what:`, `loses:` (role ids) and
    /// `loses_what:`, and `keep_in:`; every role named must be in `roles`.
    static func authority(
        _ node: Node?, roles: Set<String>, _ reader: SchemaReader
    ) -> [OperatingModel.Authority] {
        var entries: [OperatingModel.Authority] = []
        for item in list(node, "`authority`", reader) {
            let what = "an entry of `authority`"
            guard let mapping = reader.mapping(item, what) else { continue }
            let keys = reader.keys(
                of: mapping, allowed: ["stance", "gains", "gains_what", "loses", "loses_what", "keep_in"],
                required: ["stance", "gains", "gains_what", "loses", "loses_what", "keep_in"], in: what)
            guard
                let stance = reader.word(keys, "stance", in: what, oneOf: Stance.allCases.map(\.rawValue))
                    .flatMap(Stance.init),
                let gains = reader.text(keys, "gains", in: what)
            else { continue }
            let loses = list(keys["loses"], "`loses` of \(what)", reader).compactMap {
                reader.scalar($0, "a role id")?.value
            }
            for role in [gains] + loses where !roles.contains(role) {
                reader.referenceError(
                    "`authority` for `\(stance.rawValue)` names the role `\(role)`, which is not in `roles`",
                    at: item, help: Suggestion.closest(to: role, among: Array(roles)).map { "did you mean `\($0)`?" })
            }
            entries.append(
                OperatingModel.Authority(
                    stance: stance, gains: gains, gainsWhat: reader.text(keys, "gains_what", in: what) ?? "",
                    loses: loses, losesWhat: reader.text(keys, "loses_what", in: what) ?? "",
                    keepIn: reader.text(keys, "keep_in", in: what) ?? ""))
        }
        return entries
    }
}
