extension OperatingModelLoader {
    /// `costs:`: per model, `stance:`, `meetings:` (each `name:`, `every:` and `hours:`),
    /// `adds:`, `removes:` and `tooling:`.
    static func costs(_ node: Node?, _ reader: SchemaReader) -> [OperatingModel.Cost] {
        var costs: [OperatingModel.Cost] = []
        let periods = OperatingModel.meetingsPerYear.keys.sorted()
        for item in list(node, "`costs`", reader) {
            let what = "an entry of `costs`"
            guard let mapping = reader.mapping(item, what) else { continue }
            let keys = reader.keys(
                of: mapping, allowed: ["stance", "meetings", "adds", "removes", "tooling"],
                required: ["stance", "meetings", "adds", "removes", "tooling"], in: what)
            guard
                let stance = reader.word(keys, "stance", in: what, oneOf: Stance.allCases.map(\.rawValue))
                    .flatMap(Stance.init)
            else { continue }
            var meetings: [OperatingModel.Cost.Meeting] = []
            for entry in list(keys["meetings"], "`meetings` of \(what)", reader) {
                let inner = "a meeting of `costs` for `\(stance.rawValue)`"
                guard let meeting = reader.mapping(entry, inner) else { continue }
                let fields = reader.keys(
                    of: meeting, allowed: ["name", "every", "hours"], required: ["name", "every", "hours"], in: inner)
                guard let name = reader.text(fields, "name", in: inner),
                    let every = reader.word(fields, "every", in: inner, oneOf: periods),
                    let perYear = OperatingModel.meetingsPerYear[every],
                    let hours = reader.number(fields, "hours", in: inner, range: 0.25...80)
                else { continue }
                meetings.append(OperatingModel.Cost.Meeting(name: name, perYear: perYear, hours: hours))
            }
            costs.append(
                OperatingModel.Cost(
                    stance: stance, meetings: meetings, adds: reader.text(keys, "adds", in: what) ?? "",
                    removes: reader.text(keys, "removes", in: what) ?? "",
                    tooling: reader.text(keys, "tooling", in: what) ?? ""))
        }
        return costs
    }
}
