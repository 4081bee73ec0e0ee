extension FormData {
    /// The questions the form asks on its practice checklist page, with the design element
    /// each shows: every single-choice or yes/no question that a candidate model's design
    /// elements read to tell in place from partly (``PracticeChecklist``), except one that
    /// another question's condition reads (it stays beside the question it opens).
    static func practiceChecklist(_ questionnaire: Questionnaire) -> [(id: String, element: String)] {
        let read = questionnaire.questions.flatMap { $0.condition?.clauses.map(\.questionID) ?? [] }
        var titles: [String: String] = [:]
        for stance in Stance.allCases {
            for entry in PracticeChecklist.reads(questionnaire, stance) where titles[entry.id] == nil {
                titles[entry.id] = entry.element
            }
        }
        return questionnaire.questions.compactMap { question in
            guard let title = titles[question.id], !read.contains(question.id),
                question.kind == .single || question.kind == .yesNo
            else { return nil }
            return (question.id, title)
        }
    }

    /// The sections with the practice checklist's questions moved to a page of their own, after
    /// the last section that held one of them.
    static func withChecklist(_ parts: [Part], _ questionnaire: Questionnaire) -> [Part] {
        let practice = practiceChecklist(questionnaire)
        guard practice.count >= 2 else { return parts }
        let ids = Set(practice.map(\.id))
        var rows: [Item] = []
        var result: [Part] = []
        var last = 0
        for part in parts {
            var kept: [Item] = []
            for var item in part.questions {
                if ids.contains(item.id) {
                    item.element = practice.first { $0.id == item.id }?.element
                    rows.append(item)
                    last = result.count + 1
                } else {
                    kept.append(item)
                }
            }
            if !kept.isEmpty { result.append(Part(id: part.id, title: part.title, intro: part.intro, questions: kept)) }
        }
        var checklist = Part(
            id: "practice_checklist", title: "Practice checklist",
            intro: """
                What is in place today: one row for each practice a plan reads. Pick the answer that fits each \
                row, or Not sure. These are the same questions as in the answers file, asked together.
                """, questions: rows)
        checklist.checklist = true
        result.insert(checklist, at: min(last, result.count))
        return result
    }
}
