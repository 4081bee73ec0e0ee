/// Reads a paradigm-text file into ``ParadigmTexts``, reporting every schema problem located.
package enum ParadigmTextsLoader {
    private static let paradigmKeys = [
        "id", "name", "summary", "definition", "fits_when", "pros", "cons", "risks", "indicators",
        "first_90_days", "moving_from", "offsite_questions", "directions",
    ]

    /// Loads the paradigm texts; all four paradigms must be present.
    package static func load(_ source: SourceFile) throws(Diagnostics) -> ParadigmTexts {
        // After a syntax error, the schema errors of every part that parsed are reported too.
        let parsed = DocumentParser.parsePartially(source)
        let reader = SchemaReader(parsed)
        guard let root = parsed.document.root, let top = reader.mapping(root, "the paradigm texts") else {
            guard parsed.diagnostics.isEmpty else {
                try reader.finish()
                throw reader.diagnostics
            }
            throw Diagnostics([Diagnostic(.error, "the paradigm-text file is empty", file: source.name)])
        }
        let keys = reader.keys(
            of: top, allowed: ["id", "version", "interpretation", "paradigms", "statistics", "method_caveat"],
            required: ["id", "version", "interpretation", "paradigms", "statistics", "method_caveat"],
            in: "the paradigm texts")
        var paradigms: [Paradigm: ParadigmText] = [:]
        if let node = keys["paradigms"], let list = reader.sequence(node, "`paradigms`") {
            for item in list.items {
                guard let text = paradigm(item, reader) else { continue }
                if paradigms[text.paradigm] != nil {
                    reader.error("paradigm `\(text.paradigm.rawValue)` is described twice", at: item)
                }
                paradigms[text.paradigm] = text
            }
            for missing in Paradigm.allCases where paradigms[missing] == nil {
                reader.error("the paradigm texts lack `\(missing.rawValue)`", at: list.location)
            }
        }
        var statistics: [Statistic] = []
        if let node = keys["statistics"], let list = reader.sequence(node, "`statistics`") {
            for item in list.items {
                guard let mapping = reader.mapping(item, "a statistic") else { continue }
                let keys = reader.keys(
                    of: mapping, allowed: ["id", "text", "source", "url", "note"],
                    required: ["id", "text", "source", "url"], in: "a statistic")
                guard let id = reader.text(keys, "id", in: "a statistic"),
                    let text = reader.text(keys, "text", in: "statistic `\(id)`"),
                    let source = reader.text(keys, "source", in: "statistic `\(id)`"),
                    let url = reader.text(keys, "url", in: "statistic `\(id)`")
                else { continue }
                statistics.append(
                    Statistic(
                        id: id, text: text, source: source, url: url,
                        note: reader.text(keys, "note", in: "statistic `\(id)`", required: false)))
            }
        }
        let texts = ParadigmTexts(
            version: reader.text(keys, "version", in: "the paradigm texts") ?? "",
            interpretation: reader.text(keys, "interpretation", in: "the paradigm texts") ?? "",
            paradigms: paradigms, statistics: statistics,
            methodCaveat: reader.text(keys, "method_caveat", in: "the paradigm texts") ?? "")
        try reader.finish()
        return texts
    }

    private static func paradigm(_ node: Node, _ reader: SchemaReader) -> ParadigmText? {
        guard let mapping = reader.mapping(node, "a paradigm text") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: paradigmKeys, required: paradigmKeys.filter { $0 != "directions" },
            in: "a paradigm text")
        guard let id = reader.word(keys, "id", in: "a paradigm text", oneOf: Paradigm.allCases.map(\.rawValue)),
            let paradigm = Paradigm(rawValue: id)
        else { return nil }
        let what = "paradigm `\(id)`"
        var movingFrom: [Paradigm: String] = [:]
        if let node = keys["moving_from"], let map = reader.mapping(node, "`moving_from` of \(what)") {
            let others = Paradigm.allCases.filter { $0 != paradigm }.map(\.rawValue)
            let entries = reader.keys(of: map, allowed: others, required: others, in: "`moving_from` of \(what)")
            for other in others {
                if let value = reader.text(entries, other, in: "`moving_from` of \(what)"),
                    let from = Paradigm(rawValue: other)
                {
                    movingFrom[from] = value
                }
            }
        }
        var phases: [RoadmapPhase] = []
        if let node = keys["first_90_days"], let list = reader.sequence(node, "`first_90_days` of \(what)") {
            for item in list.items {
                guard let map = reader.mapping(item, "a phase") else { continue }
                let entries = reader.keys(
                    of: map, allowed: ["phase", "actions"], required: ["phase", "actions"], in: "a phase")
                phases.append(
                    RoadmapPhase(
                        phase: reader.text(entries, "phase", in: "a phase") ?? "",
                        actions: reader.texts(entries, "actions", in: "a phase") ?? []))
            }
        }
        var directions: [SubservientDirection: ParadigmText.DirectionText] = [:]
        if let node = keys["directions"] {
            if paradigm != .subservient, let key = keys.key("directions") {
                reader.error("only `subservient` has directions", at: key)
            } else if let map = reader.mapping(node, "`directions`") {
                let names = SubservientDirection.allCases.map(\.rawValue)
                let entries = reader.keys(of: map, allowed: names, required: names, in: "`directions`")
                for direction in SubservientDirection.allCases {
                    guard let node = entries[direction.rawValue], let map = reader.mapping(node, "a direction") else {
                        continue
                    }
                    let fields = ["name", "summary", "pros", "cons", "risks"]
                    let keys = reader.keys(
                        of: map, allowed: fields, required: fields, in: "direction `\(direction.rawValue)`")
                    let place = "direction `\(direction.rawValue)`"
                    directions[direction] = ParadigmText.DirectionText(
                        name: reader.text(keys, "name", in: place) ?? "",
                        summary: reader.text(keys, "summary", in: place) ?? "",
                        pros: reader.texts(keys, "pros", in: place) ?? [],
                        cons: reader.texts(keys, "cons", in: place) ?? [],
                        risks: reader.texts(keys, "risks", in: place) ?? [])
                }
            }
        } else if paradigm == .subservient {
            reader.error("`subservient` needs `directions:` with `sales_led` and `product_led`", at: mapping.location)
        }
        return ParadigmText(
            paradigm: paradigm, name: reader.text(keys, "name", in: what) ?? "",
            summary: reader.text(keys, "summary", in: what) ?? "",
            definition: reader.text(keys, "definition", in: what) ?? "",
            fitsWhen: reader.texts(keys, "fits_when", in: what) ?? [], pros: reader.texts(keys, "pros", in: what) ?? [],
            cons: reader.texts(keys, "cons", in: what) ?? [], risks: reader.texts(keys, "risks", in: what) ?? [],
            indicators: indicators(keys["indicators"], reader, in: what), firstNinetyDays: phases,
            movingFrom: movingFrom, offsiteQuestions: reader.texts(keys, "offsite_questions", in: what) ?? [],
            directions: directions)
    }

    /// `indicators:`: each a sentence, or a mapping of `text:`, `owner:` (a role id of the
    /// operating model) and `today:` (question ids whose answers show today's value).
    private static func indicators(_ node: Node?, _ reader: SchemaReader, in what: String) -> [Indicator] {
        guard let node, let list = reader.sequence(node, "`indicators` of \(what)") else { return [] }
        return list.items.compactMap { item in
            if case .mapping(let mapping) = item {
                let keys = reader.keys(
                    of: mapping, allowed: ["text", "owner", "today"], required: ["text"], in: "an indicator of \(what)")
                guard let text = reader.text(keys, "text", in: "an indicator of \(what)") else { return nil }
                return Indicator(
                    text: text, owner: reader.text(keys, "owner", in: "an indicator of \(what)", required: false),
                    today: reader.texts(keys, "today", in: "an indicator of \(what)") ?? [])
            }
            return reader.scalar(item, "an indicator").map { Indicator(text: $0.value.reflowed, owner: nil, today: []) }
        }
    }
}
