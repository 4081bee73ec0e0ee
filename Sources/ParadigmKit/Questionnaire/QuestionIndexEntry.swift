/// Where a question is defined and which questions its `when:` reads, read from the raw tree
/// before the questions themselves are, so that errors can point forward.
struct QuestionIndexEntry {
    let location: SourceLocation
    let reads: [String]

    /// The first definition of each question id under a `sections:` node.
    static func index(_ sections: Node) -> [String: QuestionIndexEntry] {
        var result: [String: QuestionIndexEntry] = [:]
        guard case .sequence(let list) = sections else { return result }
        for case .mapping(let section) in list.items {
            guard case .sequence(let questions)? = section.entry("questions")?.value else { continue }
            for case .mapping(let question) in questions.items {
                guard case .scalar(let id)? = question.entry("id")?.value, result[id.value] == nil else { continue }
                var reads: [String] = []
                if case .mapping(let when)? = question.entry("when")?.value { reads = when.entries.map(\.key.value) }
                result[id.value] = QuestionIndexEntry(location: question.location, reads: reads)
            }
        }
        return result
    }
}
