/// Reads the operating-model file against a questionnaire, reporting every problem located:
/// conditions must name real questions and options, every role named must exist, every model
/// must describe every element and own every stage of the journey, and the elements'
/// `after:` order must have no cycle.
package enum OperatingModelLoader {
    /// Loads an operating model for a questionnaire's questions.
    package static func load(_ source: SourceFile, questions: [Question]) throws(Diagnostics) -> OperatingModel {
        // After a syntax error, the schema errors of every part that parsed are reported too.
        let parsed = DocumentParser.parsePartially(source)
        let reader = SchemaReader(parsed)
        var builder = QuestionBuilder(reader: reader, questions: questions)
        guard let root = parsed.document.root, let top = reader.mapping(root, "the operating model") else {
            if parsed.document.root == nil, parsed.diagnostics.isEmpty {
                reader.error("the operating model is empty", at: SourceLocation(line: 1, column: 1))
            }
            try reader.finish()
            throw reader.diagnostics
        }
        let what = "the operating model"
        let keys = reader.keys(
            of: top,
            allowed: [
                "id", "version", "interpretation", "roles", "elements", "models", "revisit", "small_company_when",
                "journey_today", "practice_depth", "ruled_out", "phrases", "rules_first", "authority", "costs",
                "offsite_questions",
            ],
            required: ["id", "version", "interpretation", "roles", "elements", "models"], in: what)
        let roles = list(keys["roles"], "`roles`", reader).compactMap { role($0, reader, &builder) }
        let roleIDs = Set(roles.map(\.id))
        let elements = list(keys["elements"], "`elements`", reader).compactMap { element($0, reader, &builder) }
        checkOrder(elements, reader)
        var models: [OperatingModel.Model] = []
        for node in list(keys["models"], "`models`", reader) {
            guard let model = model(node, elements: elements, roles: roleIDs, reader, &builder) else { continue }
            if models.contains(where: { $0.stance == model.stance }) {
                reader.error("the operating model describes `\(model.stance.rawValue)` twice", at: node)
            }
            models.append(model)
        }
        for stance in Stance.allCases where !models.contains(where: { $0.stance == stance }) {
            reader.error(
                "the operating model has no model for `\(stance.rawValue)`", at: top.location,
                help: "every candidate model needs its elements and journey owners")
        }
        let known = Set(questions.map(\.id))
        var revisit: [String] = []
        for item in list(keys["revisit"], "`revisit`", reader) {
            guard let scalar = reader.scalar(item, "a question id") else { continue }
            if known.contains(scalar.value) {
                revisit.append(scalar.value)
            } else {
                reader.error(
                    "`revisit` names `\(scalar.value)`, which is not a question", at: scalar,
                    help: Suggestion.closest(to: scalar.value, among: Array(known)).map { "did you mean `\($0)`?" })
            }
        }
        let small = keys["small_company_when"].flatMap { builder.condition($0, in: "`small_company_when`") }
        let today = list(keys["journey_today"], "`journey_today`", reader).flatMap {
            todayOwners($0, reader, &builder)
        }
        let depth = keys["practice_depth"].flatMap { depthScale($0, questions: questions, reader) }
        let excluded = list(keys["ruled_out"], "`ruled_out`", reader).compactMap { ruledOut($0, reader, &builder) }
        let phrases = phrases(keys["phrases"], reader, &builder)
        checkPhrases(phrases, roles: roles, elements: elements, models: models, at: top.location, reader)
        let rulesFirst = rulesFirst(keys["rules_first"], elements: elements, reader, &builder)
        let authority = authority(keys["authority"], roles: roleIDs, reader)
        let costs = costs(keys["costs"], reader)
        let offsite = offsiteQuestions(keys["offsite_questions"], questions: questions, reader, &builder)
        try reader.finish()
        return OperatingModel(
            interpretation: reader.text(keys, "interpretation", in: what) ?? "", roles: roles, elements: elements,
            models: models, revisit: revisit, smallCompany: small, journeyToday: today, depth: depth,
            ruledOut: excluded, phrases: phrases, rulesFirst: rulesFirst,
            authority: authority, costs: costs, offsiteQuestions: offsite)
    }

    static func list(_ node: Node?, _ what: String, _ reader: SchemaReader) -> [Node] {
        guard let node, let list = reader.sequence(node, what) else { return [] }
        return list.items
    }

    /// One entry of `journey_today`: `stage:` (or `stages:`, several sharing one reading) and
    /// `owners:`, each a `when:` and a `name:`.
    private static func todayOwners(
        _ node: Node, _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> [OperatingModel.TodayOwner] {
        let what = "an entry of `journey_today`"
        guard let mapping = reader.mapping(node, what) else { return [] }
        let keys = reader.keys(of: mapping, allowed: ["stage", "stages", "owners"], required: ["owners"], in: what)
        var named: [ScalarNode] = []
        if let one = keys["stage"].flatMap({ reader.scalar($0, "a journey stage") }) { named.append(one) }
        if let many = keys["stages"], let list = reader.sequence(many, "`stages` of \(what)") {
            named += list.items.compactMap { reader.scalar($0, "a journey stage") }
        }
        if named.isEmpty { reader.error("\(what) names no `stage` or `stages`", at: node) }
        let stages = named.compactMap { scalar -> JourneyStage? in
            guard let stage = JourneyStage(rawValue: scalar.value) else {
                reader.error(
                    "`journey_today` names the stage `\(scalar.value)`, which is not a journey stage", at: scalar,
                    help: "the stages: " + JourneyStage.allCases.map(\.rawValue).joined(separator: ", "))
                return nil
            }
            return stage
        }
        let readings = namedConditions(keys["owners"], "an owner of `journey_today`", reader, &builder)
        return stages.map { OperatingModel.TodayOwner(stage: $0, readings: readings) }
    }

    /// One entry of `ruled_out`: `stance:`, `when:` and `why:`.
    private static func ruledOut(
        _ node: Node, _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> OperatingModel.RuledOut? {
        let what = "an entry of `ruled_out`"
        guard let mapping = reader.mapping(node, what) else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["stance", "when", "why"], required: ["stance", "when", "why"], in: what)
        guard
            let stance = reader.word(keys, "stance", in: what, oneOf: Stance.allCases.map(\.rawValue))
                .flatMap(Stance.init),
            let when = keys["when"], let condition = builder.condition(when, in: what),
            let why = reader.text(keys, "why", in: what)
        else { return nil }
        return OperatingModel.RuledOut(stance: stance, condition: condition, why: why)
    }

    /// A list of `when:` and `name:` pairs: names that hold under a condition, first match first.
    private static func namedConditions(
        _ node: Node?, _ what: String, _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> [(condition: Condition, name: String)] {
        var named: [(condition: Condition, name: String)] = []
        for item in list(node, "`\(what)` list", reader) {
            guard let entry = reader.mapping(item, what) else { continue }
            let entryKeys = reader.keys(of: entry, allowed: ["when", "name"], required: ["when", "name"], in: what)
            if let when = entryKeys["when"], let condition = builder.condition(when, in: what),
                let text = reader.text(entryKeys, "name", in: what)
            {
                named.append((condition, text))
            }
        }
        return named
    }

    private static func role(
        _ node: Node, _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> OperatingModel.Role? {
        guard let mapping = reader.mapping(node, "a role") else { return nil }
        let keys = reader.keys(
            of: mapping,
            allowed: [
                "id", "name", "names", "exists_when", "hired_when", "hired_name", "absent_when", "absent_reason",
                "stand_in",
            ],
            required: ["id", "name"], in: "a role")
        guard let id = reader.text(keys, "id", in: "a role"), let name = reader.text(keys, "name", in: "role `\(id)`")
        else { return nil }
        let names = namedConditions(keys["names"], "a name of role `\(id)`", reader, &builder)
        // `exists_when:` and `absent_when:` are one condition, or a list of conditions any of which
        // will do.
        func conditions(_ key: String) -> [Condition] {
            guard let node = keys[key] else { return [] }
            let items = if case .sequence(let list) = node { list.items } else { [node] }
            return items.compactMap { builder.condition($0, in: "`\(key)` of role `\(id)`") }
        }
        return OperatingModel.Role(
            id: id, name: name, names: names, existsWhen: conditions("exists_when"),
            hiredWhen: keys["hired_when"].flatMap { builder.condition($0, in: "`hired_when` of role `\(id)`") },
            hiredName: reader.text(keys, "hired_name", in: "role `\(id)`"), absentWhen: conditions("absent_when"),
            absentReason: reader.text(keys, "absent_reason", in: "role `\(id)`"),
            standIns: standIns(keys["stand_in"], id, reader))
    }

    /// `stand_in:` is one role id, or a list of them tried in order: the first the answers show
    /// holds the duties.
    private static func standIns(_ node: Node?, _ id: String, _ reader: SchemaReader) -> [String] {
        guard let node else { return [] }
        let items = if case .sequence(let list) = node { list.items } else { [node] }
        return items.compactMap { reader.scalar($0, "`stand_in` of role `\(id)`")?.value }
    }

    private static func element(
        _ node: Node, _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> OperatingModel.Element? {
        guard let mapping = reader.mapping(node, "an element") else { return nil }
        let keys = reader.keys(
            of: mapping,
            allowed: [
                "id", "title", "after", "applies_when", "skip_when", "not_needed_when", "not_needed_because",
                "two_departments", "small_company", "starter",
            ],
            required: ["id", "title"], in: "an element")
        guard let id = reader.text(keys, "id", in: "an element") else { return nil }
        let what = "element `\(id)`"
        let after = list(keys["after"], "`after` of \(what)", reader).compactMap {
            reader.scalar($0, "an element id")?.value
        }
        let two =
            keys["two_departments"] == nil
            ? "no" : reader.word(keys, "two_departments", in: what, oneOf: ["yes", "no"])
        return OperatingModel.Element(
            id: id, title: reader.text(keys, "title", in: what) ?? id, after: after,
            appliesWhen: keys["applies_when"].flatMap { builder.condition($0, in: "`applies_when` of \(what)") },
            skipWhen: keys["skip_when"].flatMap { builder.condition($0, in: "`skip_when` of \(what)") },
            notNeededWhen: keys["not_needed_when"].flatMap {
                builder.condition($0, in: "`not_needed_when` of \(what)")
            },
            notNeededBecause: notNeededBecause(keys, what, reader),
            twoDepartments: two == "yes", smallCompany: reader.text(keys, "small_company", in: what, required: false),
            starter: keys["starter"].flatMap { reader.scalar($0, "`starter` of \(what)")?.value },
            location: mapping.location)
    }

    /// The reason an element is not needed: required with `not_needed_when:`, which the brief
    /// cannot state without one.
    private static func notNeededBecause(_ keys: KeyedEntries, _ what: String, _ reader: SchemaReader) -> String? {
        guard let condition = keys["not_needed_when"] else { return reader.text(keys, "not_needed_because", in: what) }
        if keys["not_needed_because"] == nil {
            reader.error(
                "\(what) has `not_needed_when` but no `not_needed_because`", at: condition,
                help: "say why the element is not needed, as the brief should say it")
        }
        return reader.text(keys, "not_needed_because", in: what)
    }

    /// Every `after:` names an element, and following them never comes back to where it started.
    private static func checkOrder(_ elements: [OperatingModel.Element], _ reader: SchemaReader) {
        let ids = Set(elements.map(\.id))
        for element in elements {
            for id in element.after where !ids.contains(id) {
                reader.referenceError(
                    "`after` of element `\(element.id)` names `\(id)`, which is not an element", at: element.location,
                    help: Suggestion.closest(to: id, among: Array(ids)).map { "did you mean `\($0)`?" })
            }
        }
        let after = Dictionary(elements.map { ($0.id, $0.after) }, uniquingKeysWith: { first, _ in first })
        for element in elements {
            var seen: Set<String> = []
            var frontier = element.after
            while let next = frontier.popLast() {
                if next == element.id {
                    reader.error(
                        "element `\(element.id)` comes after itself through `after:`; the plan would have no order",
                        at: element.location, help: "remove one `after:` link of the cycle")
                    break
                }
                if seen.insert(next).inserted { frontier += after[next] ?? [] }
            }
        }
    }

    private static func model(
        _ node: Node, elements: [OperatingModel.Element], roles: Set<String>, _ reader: SchemaReader,
        _ builder: inout QuestionBuilder
    ) -> OperatingModel.Model? {
        guard let mapping = reader.mapping(node, "a model") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["stance", "summary", "elements", "journey"],
            required: ["stance", "summary", "elements", "journey"], in: "a model")
        guard
            let stance = reader.word(keys, "stance", in: "a model", oneOf: Stance.allCases.map(\.rawValue)).flatMap(
                Stance.init)
        else { return nil }
        let what = "the model `\(stance.rawValue)`"
        func checkRole(_ id: String, at node: Node?) {
            guard !roles.contains(id) else { return }
            reader.referenceError(
                "\(what) names the role `\(id)`, which is not in `roles`",
                at: node ?? .scalar(ScalarNode(value: id, location: mapping.location)),
                help: Suggestion.closest(to: id, among: Array(roles)).map { "did you mean `\($0)`?" })
        }
        var designs: [OperatingModel.Design] = []
        for item in list(keys["elements"], "`elements` of \(what)", reader) {
            guard let entry = reader.mapping(item, "an element of \(what)") else { continue }
            let entryKeys = reader.keys(
                of: entry,
                allowed: [
                    "element", "target", "in_place", "partly", "step", "owner", "with", "result", "not_shown",
                ],
                required: ["element", "target", "in_place", "step", "owner", "result"], in: "an element of \(what)")
            guard let id = reader.text(entryKeys, "element", in: "an element of \(what)") else { continue }
            let inner = "element `\(id)` of \(what)"
            if !elements.contains(where: { $0.id == id }) {
                reader.error(
                    "\(inner) is not one of the operating model's `elements`", at: entry.location,
                    help: Suggestion.closest(to: id, among: elements.map(\.id)).map { "did you mean `\($0)`?" })
            }
            let owner = reader.text(entryKeys, "owner", in: inner) ?? ""
            checkRole(owner, at: entryKeys["owner"])
            let with = list(entryKeys["with"], "`with` of \(inner)", reader).compactMap {
                reader.scalar($0, "a role id")?.value
            }
            for role in with { checkRole(role, at: entryKeys["with"]) }
            designs.append(
                OperatingModel.Design(
                    element: id, target: reader.text(entryKeys, "target", in: inner) ?? "",
                    inPlace: entryKeys["in_place"].flatMap { builder.condition($0, in: "`in_place` of \(inner)") },
                    partly: entryKeys["partly"].flatMap { builder.condition($0, in: "`partly` of \(inner)") },
                    step: reader.text(entryKeys, "step", in: inner) ?? "", owner: owner, with: with,
                    result: reader.text(entryKeys, "result", in: inner) ?? "",
                    notShown: reader.text(entryKeys, "not_shown", in: inner)))
        }
        for element in elements where !designs.contains(where: { $0.element == element.id }) {
            reader.error(
                "\(what) does not describe the element `\(element.id)`", at: mapping.location,
                help: "give every model a target, detection, step, owner and result for every element")
        }
        var journey: [OperatingModel.Ownership] = []
        for item in list(keys["journey"], "`journey` of \(what)", reader) {
            guard let entry = reader.mapping(item, "a stage of \(what)") else { continue }
            let entryKeys = reader.keys(
                of: entry, allowed: ["stage", "accountable", "contributes", "why"],
                required: ["stage", "accountable", "why"], in: "a stage of \(what)")
            guard
                let stage = reader.word(
                    entryKeys, "stage", in: "a stage of \(what)", oneOf: JourneyStage.allCases.map(\.rawValue)
                )
                .flatMap(JourneyStage.init)
            else { continue }
            let accountable = reader.text(entryKeys, "accountable", in: "stage `\(stage.rawValue)` of \(what)") ?? ""
            checkRole(accountable, at: entryKeys["accountable"])
            let contributes = list(entryKeys["contributes"], "`contributes`", reader).compactMap {
                reader.scalar($0, "a role id")?.value
            }
            for role in contributes { checkRole(role, at: entryKeys["contributes"]) }
            journey.append(
                OperatingModel.Ownership(
                    stage: stage, accountable: accountable, contributes: contributes,
                    why: reader.text(entryKeys, "why", in: "stage `\(stage.rawValue)` of \(what)") ?? ""))
        }
        for stage in JourneyStage.allCases where !journey.contains(where: { $0.stage == stage }) {
            reader.error(
                "\(what) names no owner for the journey stage `\(stage.rawValue)`", at: mapping.location,
                help: "every model names who is accountable for each of the nine stages")
        }
        let ordered = elements.compactMap { element in designs.first { $0.element == element.id } }
        let stages = JourneyStage.allCases.compactMap { stage in journey.first { $0.stage == stage } }
        return OperatingModel.Model(
            stance: stance, summary: reader.text(keys, "summary", in: what) ?? "",
            designs: ordered, journey: stages)
    }
}
