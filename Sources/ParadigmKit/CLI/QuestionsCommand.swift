/// `paradigm questions`: the question ids, types and allowed answers.
enum QuestionsCommand {
    static let spec = CommandSpec(
        name: "questions",
        abstract: "List the question ids, their types and the answers they accept.",
        options: [CommonOptions.questionnaire],
        run: { arguments, io throws(CommandError) in
            let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
            io.out(listing(questionnaire))
        })

    static func listing(_ questionnaire: Questionnaire) -> String {
        var out =
            "\(questionnaire.title) (\(questionnaire.id) \(questionnaire.version)): \(questionnaire.questions.count) "
            + "questions\n"
        for section in questionnaire.sections {
            out += "\n\(section.title)\n"
            for question in section.questions {
                out += "  \(question.id) (\(question.kind.name)): \(question.prompt)\n"
                out += "      accepts \(AnswerReader.expected(question))\n"
                if let condition = question.condition { out += "      asked only when \(condition.summary)\n" }
            }
        }
        return out
    }
}
