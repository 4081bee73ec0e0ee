/// Writes an answers file to fill in by hand: every question with its help and allowed answers
/// as comments and an empty value, in the same format `paradigm brief` reads.
package enum AnswersTemplate {
    /// The template for a questionnaire.
    package static func render(_ questionnaire: Questionnaire) -> String {
        var out = """
            # Paradigm Advisor answers: \(questionnaire.title) (version \(questionnaire.version))
            #
            # Write each answer after its colon, using the ids listed above it. Leave an answer blank
            # to skip the question, or write `unsure`: either way it neither helps nor hurts any
            # paradigm. Lines starting with # are comments. When done:
            #
            #   paradigm brief this-file.yaml -o brief.md
            #
            # The format is described in docs/answers-format.md; every mistake is reported with its
            # line and column, and nothing is written until the file is right.

            questionnaire: \(DocumentWriter.scalar(questionnaire.id))

            respondent:
              # Your name (optional).
              name:
              # Your role, one of:

            """
        for role in questionnaire.roles { out += "  #   \(pad(role.id, 16)) \(role.label)\n" }
        out += """
              role:
              # The organisation these answers describe.
              organisation:

            answers:

            """
        for section in questionnaire.sections {
            out += "\n  # ==== \(section.title) ====\n"
            for line in section.intro.wrapped(width: 86) { out += comment(line) }
            for question in section.questions {
                out += "\n" + block(question)
            }
        }
        return out
    }

    private static func block(_ question: Question) -> String {
        var out = ""
        for line in question.prompt.wrapped(width: 86) { out += comment(line) }
        for line in question.help.wrapped(width: 84) { out += comment(line.isEmpty ? "" : "  " + line) }
        if let condition = question.condition {
            out += comment("Only when \(condition.summary.replacingBackticks); otherwise leave it blank.")
        }
        let unsure = question.unsureAllowed ? ", or unsure" : ""
        switch question.kind {
        case .single, .yesNo:
            out += comment("Answer one of\(unsure.isEmpty ? "" : " (or unsure)"):")
            out += options(question)
        case .multiple:
            out += comment("Answer one or more, one per line as `- id`\(unsure.isEmpty ? "" : " (or unsure)"):")
            out += options(question)
        case .scale:
            let low = question.option("1")?.label ?? "1"
            let high = question.option("5")?.label ?? "5"
            out += comment("Answer 1 to 5\(unsure): \(low); \(high).")
        case .number(let low, let high, let unit):
            out += comment(
                "Answer a number from \(low.readable) to \(high.readable)\(unit.map { " (\($0))" } ?? "")\(unsure); "
                    + "e.g. \(AnswerReader.examples(low: low, high: high, unit: unit))."
            )
        case .text:
            out += comment(
                "Free text\(question.optional ? ", optional" : ""); use `|` and indented lines for several lines.")
        }
        out += "  \(question.id):\n"
        return out
    }

    private static func options(_ question: Question) -> String {
        question.options.map { comment("  \(pad($0.id, 22)) \($0.label)") }.joined()
    }

    private static func comment(_ text: String) -> String {
        text.isEmpty ? "  #\n" : "  # \(text)\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    fileprivate var replacingBackticks: String { filter { $0 != "`" } }
}
