/// Reads sections, questions, options and gates, remembering the questions read so far so that
/// a `when:` can only name an earlier question and one of its options.
struct QuestionBuilder {
    let reader: SchemaReader
    /// Every question id in the file with its line and the ids its `when:` reads, found before
    /// reading, so that a condition naming a later question can say where it is.
    private let index: [String: QuestionIndexEntry]
    private var earlier: [String: Question] = [:]
    private var sectionIDs: Set<String> = []
    /// The question being read, so that a condition naming it can say so.
    private var current: String?

    init(reader: SchemaReader, sections: Node? = nil) {
        self.reader = reader
        self.index = sections.map(QuestionIndexEntry.index) ?? [:]
    }

    /// A builder whose conditions may read any of `questions` (a file read after the
    /// questionnaire, such as the operating model).
    init(reader: SchemaReader, questions: [Question]) {
        self.reader = reader
        self.index = [:]
        for question in questions { earlier[question.id] = question }
    }

    private static let questionKeys = [
        "id", "prompt", "help", "type", "informs", "weight", "unsure", "optional", "when",
        "options", "low", "high", "min", "max", "unit", "bands", "purpose", "asked_of",
    ]

    mutating func section(_ node: Node) -> Section? {
        guard let mapping = reader.mapping(node, "a section") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["id", "title", "intro", "questions"],
            required: ["id", "title", "questions"], in: "a section")
        let id = reader.text(keys, "id", in: "a section") ?? ""
        if !sectionIDs.insert(id).inserted, let key = keys.key("id") {
            reader.error("duplicate section id `\(id)`", at: key)
        }
        var questions: [Question] = []
        if let node = keys["questions"], let list = reader.sequence(node, "`questions`") {
            for item in list.items {
                if let question = question(item, section: id) { questions.append(question) }
            }
        }
        return Section(
            id: id, title: reader.text(keys, "title", in: "a section") ?? "",
            intro: reader.text(keys, "intro", in: "a section", required: false) ?? "", questions: questions)
    }

    private mutating func question(_ node: Node, section: String) -> Question? {
        guard let mapping = reader.mapping(node, "a question") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: Self.questionKeys,
            required: ["id", "prompt", "help", "type"], in: "a question")
        guard let id = reader.text(keys, "id", in: "a question") else { return nil }
        let what = "question `\(id)`"
        current = id
        defer { current = nil }
        if !Identifier.isValid(id), let key = keys["id"] {
            reader.error("question id `\(id)` may hold only lower-case letters, digits and underscores", at: key)
        }
        if let first = earlier[id] {
            reader.error(
                "duplicate question id `\(id)`; it was first used on line \(first.location.line)", at: mapping.location)
        }
        let typeName = reader.word(
            keys, "type", in: what, oneOf: ["single", "multiple", "scale", "number", "yes_no", "text"])
        let informs =
            keys["informs"] == nil
            ? Informs.fit
            : reader.word(keys, "informs", in: what, oneOf: ["fit", "today", "both", "readiness"]).flatMap(
                Informs.init(rawValue:)) ?? .fit
        let weight = keys["weight"] == nil ? 1 : reader.number(keys, "weight", in: what, range: 0...5) ?? 1
        let unsure =
            keys["unsure"] == nil
            ? "allowed" : reader.word(keys, "unsure", in: what, oneOf: ["allowed", "not_allowed"])
        let optional = keys["optional"] == nil ? "yes" : reader.word(keys, "optional", in: what, oneOf: ["yes", "no"])
        let condition = keys["when"].flatMap { self.condition($0, in: what) }
        let purpose =
            keys["purpose"] == nil
            ? nil
            : reader.word(keys, "purpose", in: what, oneOf: QuestionPurpose.allCases.map(\.rawValue)).flatMap(
                QuestionPurpose.init(rawValue:))

        let askedOf =
            keys["asked_of"] == nil
            ? "organisation"
            : reader.word(keys, "asked_of", in: what, oneOf: ["everyone", "organisation"]) ?? "organisation"

        var kind = QuestionKind.single
        var options: [Option] = []
        switch typeName {
        case "single", "multiple", "yes_no":
            kind = typeName == "single" ? .single : typeName == "multiple" ? .multiple : .yesNo
            options = choiceOptions(keys, in: what)
            if kind == .yesNo, Set(options.map(\.id)) != ["yes", "no"] || options.count != 2 {
                reader.error("\(what) is yes_no, so its options must be exactly `yes` and `no`", at: mapping.location)
            }
        case "scale":
            kind = .scale
            options = scaleOptions(keys, in: what, at: mapping.location)
        case "number":
            let low = reader.number(keys, "min", in: what, range: -1e12...1e12) ?? 0
            let high = reader.number(keys, "max", in: what, range: -1e12...1e12) ?? 0
            if keys["min"] == nil || keys["max"] == nil {
                reader.error("\(what) is a number, so it needs `min:` and `max:`", at: mapping.location)
            } else if low >= high {
                reader.error("\(what): `min` must be below `max`", at: mapping.location)
            }
            kind = .number(min: low, max: high, unit: reader.text(keys, "unit", in: what, required: false))
            options = bandOptions(keys, in: what, at: mapping.location)
        case "text":
            kind = .text
            for key in ["options", "bands", "low", "high"] {
                if let node = keys.key(key) { reader.error("\(what) is free text, so it takes no `\(key)`", at: node) }
            }
        default:
            break
        }
        let question = Question(
            id: id, sectionID: section, prompt: reader.text(keys, "prompt", in: what) ?? "",
            help: reader.text(keys, "help", in: what) ?? "", kind: kind, informs: informs, weight: weight,
            unsureAllowed: unsure != "not_allowed", optional: optional != "no", condition: condition,
            options: options, location: mapping.location, purpose: purpose, askedOfEveryone: askedOf == "everyone")
        checkPurpose(question, keys: keys)
        earlier[id] = question
        return question
    }

    /// A perception question is asked of everyone and describes a view, not a fact, so it takes
    /// no weights and no condition; free text has nothing to compare.
    private func checkPurpose(_ question: Question, keys: KeyedEntries) {
        guard let purpose = question.purpose, let node = keys.key("purpose") else { return }
        let what = "question `\(question.id)`"
        if question.kind == .text {
            reader.error(
                "\(what) is free text, so it cannot be `purpose: \(purpose.rawValue)`; answers must be comparable",
                at: node)
        }
        guard purpose == .perception else { return }
        if question.isWeighted {
            reader.error(
                "\(what) is `purpose: perception`, so its options take no `weights:` or `today:`", at: node,
                help: "perception is compared between roles, never scored; move the weights to a practice question")
        }
        if question.condition != nil {
            reader.error("\(what) is `purpose: perception`, so it is asked of everyone and takes no `when:`", at: node)
        }
    }

    private func choiceOptions(_ keys: KeyedEntries, in what: String) -> [Option] {
        guard let node = keys["options"] else {
            reader.error("\(what) needs `options:`", at: keys.mapping.location)
            return []
        }
        guard let list = reader.sequence(node, "`options` of \(what)") else { return [] }
        var options: [Option] = []
        for item in list.items {
            guard let option = option(item, in: what, extraKeys: []) else { continue }
            if options.contains(where: { $0.id == option.id }) {
                reader.error("duplicate option id `\(option.id)` in \(what)", at: option.location)
            }
            options.append(option)
        }
        if list.items.count < 2 { reader.error("\(what) needs at least two options", at: list.location) }
        return options
    }

    private func bandOptions(_ keys: KeyedEntries, in what: String, at location: SourceLocation) -> [Option] {
        guard let node = keys["bands"], let list = reader.sequence(node, "`bands` of \(what)") else {
            if keys["bands"] == nil { reader.error("\(what) is a number, so it needs `bands:`", at: location) }
            return []
        }
        let bands = list.items.compactMap { option($0, in: what, extraKeys: ["below"]) }
        for (index, band) in bands.enumerated() {
            let isLast = index == bands.count - 1
            if isLast, band.below != nil {
                reader.error(
                    "the last band of \(what) must have no `below:`; it holds everything above", at: band.location)
            } else if !isLast, band.below == nil {
                reader.error("band `\(band.id)` of \(what) needs `below: N`", at: band.location)
            }
            if index > 0, let previous = bands[index - 1].below, let current = band.below, current <= previous {
                reader.error(
                    "bands of \(what) must rise: \(current.plain) is not above \(previous.plain)", at: band.location)
            }
        }
        if bands.count < 2 { reader.error("\(what) needs at least two bands", at: list.location) }
        return bands
    }

    private func scaleOptions(_ keys: KeyedEntries, in what: String, at location: SourceLocation) -> [Option] {
        guard let lowNode = keys["low"], let highNode = keys["high"] else {
            reader.error(
                "\(what) is a scale, so it needs `low:` (the answer 1) and `high:` (the answer 5)", at: location)
            return []
        }
        guard let low = end(lowNode, "1", in: what), let high = end(highNode, "5", in: what) else { return [] }
        return (1...5).map { point in
            let t = Double(point - 1) / 4
            let label = point == 1 ? "1 — \(low.label)" : point == 5 ? "5 — \(high.label)" : String(point)
            let why =
                point <= 2
                ? low.why
                : point >= 4 ? high.why : "Midway between \(low.label.lowercased()) and \(high.label.lowercased())."
            return Option(
                id: String(point), label: label,
                weights: StanceWeights.interpolate(low.weights, high.weights, t),
                today: StanceWeights.interpolate(low.today, high.today, t),
                why: why, below: nil, location: point <= 3 ? low.location : high.location)
        }
    }

    private func end(_ node: Node, _ id: String, in what: String) -> Option? {
        guard let mapping = reader.mapping(node, "an end of the scale of \(what)") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["label", "weights", "today", "why"],
            required: ["label", "why"], in: "an end of the scale of \(what)")
        return Option(
            id: id, label: reader.text(keys, "label", in: what) ?? "",
            weights: keys["weights"].map { weights($0) } ?? StanceWeights(),
            today: keys["today"].map { weights($0) } ?? StanceWeights(),
            why: reader.text(keys, "why", in: what) ?? "", below: nil, location: mapping.location)
    }

    private func option(_ node: Node, in what: String, extraKeys: [String]) -> Option? {
        guard let mapping = reader.mapping(node, "an option of \(what)") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["id", "label", "weights", "today", "why"] + extraKeys,
            required: ["id", "label"], in: "an option of \(what)")
        guard let id = reader.text(keys, "id", in: "an option of \(what)") else { return nil }
        if !Identifier.isValid(id), let key = keys["id"] {
            reader.error("option id `\(id)` may hold only lower-case letters, digits and underscores", at: key)
        }
        if id == "unsure", let key = keys["id"] {
            reader.error("`unsure` is reserved for the answer \"I am not sure\"; choose another option id", at: key)
        }
        let fitWeights = keys["weights"].map { self.weights($0) } ?? StanceWeights()
        let todayWeights = keys["today"].map { self.weights($0) } ?? StanceWeights()
        let why = reader.text(keys, "why", in: "option `\(id)` of \(what)", required: false) ?? ""
        if why.isEmpty, !(fitWeights.isZero && todayWeights.isZero) {
            reader.error(
                "option `\(id)` of \(what) has weights but no `why:`", at: mapping.location,
                help: "add one line saying why this answer leans where it leans")
        }
        let below = keys["below"] == nil ? nil : reader.number(keys, "below", in: "band `\(id)`", range: -1e12...1e12)
        return Option(
            id: id, label: reader.text(keys, "label", in: "option `\(id)`") ?? id, weights: fitWeights,
            today: todayWeights,
            why: why, below: below, location: mapping.location)
    }

    func weights(_ node: Node) -> StanceWeights {
        var result = StanceWeights()
        guard let mapping = reader.mapping(node, "weights") else { return result }
        reader.keys(of: mapping, allowed: Stance.weightKeys, in: "weights")
        for entry in mapping.entries {
            guard let stances = Stance.stances(forKey: entry.key.value),
                let scalar = reader.scalar(entry.value, "a weight")
            else { continue }
            guard let value = Double(decimal: scalar.value), (-5...5).contains(value) else {
                reader.error("a weight must be a number from -5 to 5; found \"\(scalar.value)\"", at: scalar)
                continue
            }
            for stance in stances { result[stance] = value }
        }
        return result
    }

    mutating func gate(_ node: Node) -> Gate? {
        guard let mapping = reader.mapping(node, "a gate") else { return nil }
        let keys = reader.keys(
            of: mapping,
            allowed: ["id", "title", "caps", "cap", "when", "why", "lift", "spares_as_is", "cap_per_step"],
            required: ["id", "title", "caps", "cap", "when", "why", "lift"], in: "a gate")
        guard let id = reader.text(keys, "id", in: "a gate") else { return nil }
        let what = "gate `\(id)`"
        var caps: [Stance] = []
        if let node = keys["caps"], let list = reader.sequence(node, "`caps` of \(what)") {
            for item in list.items {
                guard let scalar = reader.scalar(item, "a capped stance") else { continue }
                if let stances = Stance.stances(forKey: scalar.value) {
                    caps += stances
                } else {
                    reader.error(
                        "`\(scalar.value)` is not a stance", at: scalar,
                        help: Suggestion.closest(to: scalar.value, among: Stance.weightKeys).map {
                            "did you mean `\($0)`?"
                        })
                }
            }
        }
        guard let condition = keys["when"].flatMap({ self.condition($0, in: what) }),
            let cap = reader.number(keys, "cap", in: what, range: 0...100)
        else { return nil }
        var gate = Gate(
            id: id, title: reader.text(keys, "title", in: what) ?? "", caps: caps, cap: cap, condition: condition,
            why: reader.text(keys, "why", in: what) ?? "", lift: reader.text(keys, "lift", in: what) ?? "",
            location: mapping.location)
        if keys["spares_as_is"] != nil {
            gate.sparesAsIs = reader.word(keys, "spares_as_is", in: what, oneOf: ["yes", "no"]) == "yes"
        }
        if keys["cap_per_step"] != nil {
            gate.capPerStep = reader.number(keys, "cap_per_step", in: what, range: 0...100) ?? 0
        }
        return gate
    }

    /// `undefined_practice:`: `signs:` (a list of conditions, each in the form of a `when:`),
    /// `minimum:` (how many must hold) and `why:`.
    mutating func undefinedPractice(_ node: Node) -> UndefinedPractice? {
        let what = "`undefined_practice`"
        guard let mapping = reader.mapping(node, what) else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["signs", "minimum", "why"], required: ["signs", "minimum", "why"], in: what)
        var signs: [Condition] = []
        if let node = keys["signs"], let list = reader.sequence(node, "`signs` of \(what)") {
            signs = list.items.compactMap { condition($0, in: "a sign of \(what)") }
        }
        guard let minimum = reader.number(keys, "minimum", in: what, range: 1...Double(max(1, signs.count))) else {
            return nil
        }
        return UndefinedPractice(
            signs: signs, minimum: Int(minimum), why: reader.text(keys, "why", in: what) ?? "",
            location: mapping.location)
    }

    func condition(_ node: Node, in what: String) -> Condition? {
        guard let mapping = reader.mapping(node, "`when` of \(what)") else { return nil }
        var clauses: [Condition.Clause] = []
        for entry in mapping.entries {
            let questionID = entry.key.value
            guard let question = earlier[questionID] else {
                unknownQuestion(entry.key, in: what)
                continue
            }
            if question.kind == .text {
                reader.error(
                    "`when` of \(what) reads `\(questionID)`, a free-text question; a condition can only read a "
                        + "question with options",
                    at: entry.key, help: "name a question whose answers are option ids, bands, `1`…`5` or `yes`/`no`")
                continue
            }
            var ids: [String] = []
            switch entry.value {
            case .scalar(let scalar): ids = [scalar.value]
            case .sequence(let list): ids = list.items.compactMap { reader.scalar($0, "an option id")?.value }
            case .mapping: reader.error("`when: \(questionID)` takes an option id or a list of them", at: entry.value)
            }
            let known = question.options.map(\.id)
            if ids.allSatisfy({ $0.trimmingWhitespace().isEmpty }), case .scalar = entry.value {
                reader.error(
                    "`when: \(questionID)` names no option", at: entry.key,
                    help:
                        "write the option ids that make \(what) apply; `\(questionID)` has: "
                        + "\(known.joined(separator: ", "))"
                )
                continue
            }
            for (offset, id) in ids.enumerated() where !known.contains(id) {
                let location: Node =
                    switch entry.value {
                    case .sequence(let list) where offset < list.items.count: list.items[offset]
                    default: entry.value
                    }
                let help =
                    id == "unsure"
                    ? "an unsure answer never satisfies a condition: nothing is assumed from it"
                    : Suggestion.closest(to: id, among: known).map { "did you mean `\($0)`?" }
                        ?? "its options are: \(known.joined(separator: ", "))"
                reader.referenceError("`\(id)` is not an option of `\(questionID)`", at: location, help: help)
            }
            clauses.append(Condition.Clause(questionID: questionID, optionIDs: ids, location: entry.key.location))
        }
        return clauses.isEmpty ? nil : Condition(clauses: clauses)
    }

    /// Reports a `when:` key that names no earlier question: the question itself, a later one
    /// (saying where, and whether it would close a cycle), or a typo with a did-you-mean.
    private func unknownQuestion(_ key: ScalarNode, in what: String) {
        let name = key.value
        if let current, name == current {
            reader.error(
                "`when` of \(what) names the question itself; a question cannot depend on its own answer", at: key,
                help: "name an earlier question, or remove this condition")
            return
        }
        if let later = index[name] {
            let cycle = current.map { later.reads.contains($0) } ?? false
            reader.error(
                "`when` of \(what) names `\(name)`, which comes later (line \(later.location.line)); a condition may "
                    + "only read earlier questions",
                at: key,
                help: cycle
                    ? "`\(name)` in turn depends on `\(current ?? "")`, which would be a cycle: drop one of the two "
                        + "conditions"
                    : "move `\(name)` above \(what), or \(what) below it")
            return
        }
        let earlierIDs = Array(earlier.keys).sorted()
        let scope =
            current == nil ? "which is not a question of this questionnaire" : "which is not an earlier question"
        var help = Suggestion.closest(to: name, among: earlierIDs).map { "did you mean `\($0)`?" }
        if help == nil, let near = Suggestion.closest(to: name, among: Array(index.keys).sorted()),
            let entry = index[near]
        {
            help =
                "did you mean `\(near)`? It comes later (line \(entry.location.line)), and a condition may only read "
                + "earlier questions"
        }
        reader.referenceError(
            "`when` of \(what) names `\(name)`, \(scope)", at: .scalar(key),
            help: help ?? "a condition may only read questions that come before it")
    }
}

/// The rule for question, option and role ids.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
