extension Answers {
    /// A profile's answers with a realistic share of them unsure, as executives answer: every
    /// fourth answered question that allows `unsure`, in questionnaire order, counting from the
    /// second (14 to 16 for each built-in profile). The interview tests and the interview benchmark
    /// (`Benchmarks/run.sh interview`) play these.
    package func withRealisticUnsure(_ questionnaire: Questionnaire) -> Answers {
        var copy = self
        let allowing = questionnaire.questions.filter { $0.unsureAllowed && self[$0.id] != nil }
        for (index, question) in allowing.enumerated() where index % 4 == 1 {
            copy.set(Answer(questionID: question.id, value: .unsure))
        }
        return copy
    }
}
