/// `paradigm lint --outline`: the questionnaire in plain language for a consultant who does
/// not read YAML — sections, questions with their type and allowed answers, when each is
/// asked, which paradigm each answer leans to, and the readiness gates.
package enum QuestionnaireOutline {
    /// The widest line the outline writes.
    static let width = 100

    /// The outline as plain text.
    package static func render(_ questionnaire: Questionnaire) -> String {
        var out = OutlineWriter(width: width)
        let numbers = Self.numbers(questionnaire)
        out.line(questionnaire.title)
        out.line(
            "\(questionnaire.id), version \(questionnaire.version): "
                + "\(count(questionnaire.questions.count, "question")) in "
                + "\(count(questionnaire.sections.count, "section")), "
                + "\(count(questionnaire.gates.count, "readiness gate"))"
        )
        out.blank()
        out.line("How to read this outline")
        out.paragraph(
            """
            Each answer leans towards some paradigms (+) and away from others (-). The points are \
            multiplied by the question's importance and added up, and each paradigm's score is its \
            share of the points it could have had from the questions answered; the highest fit \
            score is the recommendation. Fit answers say which paradigm the market, buyers and \
            economics call for; "today" answers say which one the organisation runs in now. \
            Subservient has two directions: sales-led (marketing in service of sales) and \
            product-led (sales in service of a marketing- or product-led engine).
            """, indent: 2)
        for (sectionIndex, section) in questionnaire.sections.enumerated() {
            out.blank()
            out.line("\(sectionIndex + 1). \(section.title)")
            if !section.intro.isEmpty { out.paragraph(section.intro, indent: 3) }
            for question in section.questions {
                out.blank()
                render(question, numbers: numbers, questionnaire: questionnaire, into: &out)
            }
        }
        if !questionnaire.gates.isEmpty {
            out.blank()
            out.line("Readiness gates")
            out.paragraph(
                """
                A gate never changes which paradigm fits best. When its answers are given, it caps \
                the "ready now" score of the paradigms it names, and the brief says what would lift it.
                """, indent: 2)
            for gate in questionnaire.gates {
                out.blank()
                render(gate, numbers: numbers, questionnaire: questionnaire, into: &out)
            }
        }
        return out.text
    }

    private static func render(
        _ question: Question, numbers: [String: String], questionnaire: Questionnaire, into out: inout OutlineWriter
    ) {
        out.paragraph(
            "\(numbers[question.id] ?? "") \(question.prompt)", indent: 3,
            hanging: (numbers[question.id]?.count ?? 0) + 1)
        var facts = ["[\(question.id)] \(answerShape(question))"]
        if question.kind != .text {
            if question.purpose == .fact { facts.append("A fact every respondent should answer alike.") }
            if question.purpose == .perception {
                facts.append("Perception: compared between roles in a team brief, never scored.")
            } else if question.weight == 0 {
                facts.append("Asked for information; not scored.")
            } else {
                switch question.informs {
                case .fit: facts.append("Counts towards fit.")
                case .today: facts.append("Describes today's practice (as-is), not fit.")
                case .both: facts.append("Counts towards fit and describes today's practice.")
                case .readiness: facts.append("Readiness: read only by gates; never scored.")
                }
                if question.weight != 1 { facts.append("Importance x\(question.weight.plain).") }
            }
            facts.append(question.unsureAllowed ? "\"Not sure\" is accepted." : "\"Not sure\" is not accepted.")
        }
        out.paragraph(facts.joined(separator: " "), indent: 7)
        if let condition = question.condition {
            out.paragraph(
                "Asked only when \(describe(condition, numbers: numbers, questionnaire: questionnaire)).", indent: 7)
        }
        let scored = question.purpose != .perception && question.weight != 0
        for option in shownOptions(question) {
            let name = "- \(optionName(option, in: question))"
            guard scored else {
                out.paragraph(name, indent: 7, hanging: 2)
                continue
            }
            switch question.informs {
            case .fit:
                out.paragraph("\(name): \(leaning(option.weights))", indent: 7, hanging: 2)
            case .today:
                out.paragraph("\(name): today \(leaning(option.today))", indent: 7, hanging: 2)
            case .both:
                out.paragraph(name, indent: 7, hanging: 2)
                out.paragraph("fit: \(leaning(option.weights))", indent: 9, hanging: 5)
                out.paragraph("today: \(leaning(option.today))", indent: 9, hanging: 7)
            case .readiness:
                out.paragraph(name, indent: 7, hanging: 2)
            }
        }
    }

    private static func render(
        _ gate: Gate, numbers: [String: String], questionnaire: Questionnaire, into out: inout OutlineWriter
    ) {
        out.paragraph("- \(gate.title) [\(gate.id)]", indent: 2, hanging: 2)
        let capped = gate.caps.map(\.shortName).joined(separator: ", ")
        var holds = "Holds \(capped) at \(gate.cap.plain) or below"
        if gate.sparesAsIs { holds += ", except the model run today" }
        if gate.capPerStep > 0 {
            holds += ", \(gate.capPerStep.plain) lower for each further step of change from today's model"
        }
        out.paragraph(
            "Fires when \(describe(gate.condition, numbers: numbers, questionnaire: questionnaire)). "
                + holds + ".", indent: 4)
        out.paragraph("Why: \(gate.why)", indent: 4, hanging: 5)
        out.paragraph("To lift it: \(gate.lift)", indent: 4, hanging: 12)
    }

    // MARK: Words

    /// "1.2" for the second question of the first section.
    static func numbers(_ questionnaire: Questionnaire) -> [String: String] {
        var result: [String: String] = [:]
        for (s, section) in questionnaire.sections.enumerated() {
            for (q, question) in section.questions.enumerated() { result[question.id] = "\(s + 1).\(q + 1)" }
        }
        return result
    }

    private static func answerShape(_ question: Question) -> String {
        switch question.kind {
        case .single: "One answer."
        case .multiple: "One or more answers; their leanings are averaged."
        case .yesNo: "Yes or no."
        case .scale: "A rating from 1 to 5; 2 to 4 lean in proportion between the two ends."
        case .number(let low, let high, let unit):
            "A number from \(low.readable) to \(high.readable)\(unit.map { " \($0)" } ?? ""), which falls into one of "
                + "the bands below."
        case .text: "Free text, not scored; shown in the brief's appendix as written."
        }
    }

    private static func shownOptions(_ question: Question) -> [Option] {
        question.kind == .scale ? question.options.filter { $0.id == "1" || $0.id == "5" } : question.options
    }

    private static func optionName(_ option: Option, in question: Question) -> String {
        guard case .number(let low, _, let unit) = question.kind, let position = question.options.firstIndex(of: option)
        else {
            return option.label
        }
        let suffix = unit.map { " \($0)" } ?? ""
        let start = position == 0 ? nil : question.options[position - 1].below
        let range: String =
            switch (start, option.below) {
            case (nil, let below?): "under \(below.readable)\(suffix)"
            case (let from?, let below?): "\(from.readable) to under \(below.readable)\(suffix)"
            case (let from?, nil): "\(from.readable)\(suffix) or more"
            case (nil, nil): "from \(low.readable)\(suffix)"
            }
        return "\(option.label) (\(range))"
    }

    /// "3.4 (has_trial) is “Yes” and 3.5 (pql_use) is “Scoring” or “Routing”".
    private static func describe(
        _ condition: Condition, numbers: [String: String], questionnaire: Questionnaire
    ) -> String {
        condition.clauses.map { clause in
            let question = questionnaire.question(clause.questionID)
            let labels = clause.optionIDs.map { id in "“\(question?.option(id)?.label ?? id)”" }
            return "\(numbers[clause.questionID] ?? "") (\(clause.questionID)) is \(labels.joined(separator: " or "))"
        }.joined(separator: " and ")
    }

    /// "→ subservient (sales-led) +2, siloed +1; against: proportionate -2", or "no leaning".
    static func leaning(_ weights: StanceWeights) -> String {
        var entries: [(name: String, value: Double)] = []
        var stances = Stance.allCases
        if weights[.subservientSalesLed] == weights[.subservientProductLed], weights[.subservientSalesLed] != 0 {
            entries.append(("subservient (both directions)", weights[.subservientSalesLed]))
            stances.removeAll { $0.direction != nil }
        }
        entries += stances.map { ($0.shortName, weights[$0]) }
        let sorted = entries.filter { $0.value != 0 }.sorted {
            $0.value != $1.value ? abs($0.value) > abs($1.value) : false
        }
        let towards = sorted.filter { $0.value > 0 }.map { "\($0.name) +\($0.value.plain)" }
        let against = sorted.filter { $0.value < 0 }.map { "\($0.name) \($0.value.plain)" }
        if towards.isEmpty, against.isEmpty { return "no leaning" }
        var parts: [String] = []
        if !towards.isEmpty { parts.append("→ " + towards.joined(separator: ", ")) }
        if !against.isEmpty { parts.append("against: " + against.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// Collects outline lines, wrapping prose at a width with an indent.
struct OutlineWriter {
    let width: Int
    private(set) var text = ""

    init(width: Int) {
        self.width = width
    }

    mutating func line(_ line: String) { text += line + "\n" }

    mutating func blank() { if !text.hasSuffix("\n\n") { text += "\n" } }

    /// Wraps text at the width; lines after the first are indented `hanging` more.
    mutating func paragraph(_ paragraph: String, indent: Int, hanging: Int = 0) {
        let first = String(repeating: " ", count: indent)
        let rest = String(repeating: " ", count: indent + hanging)
        for (index, line) in paragraph.wrapped(width: max(20, width - indent - hanging)).enumerated() {
            text += (line.isEmpty ? "" : (index == 0 ? first : rest) + line) + "\n"
        }
    }
}
