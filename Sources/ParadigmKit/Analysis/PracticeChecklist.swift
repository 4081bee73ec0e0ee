/// The practice questions a model's plan reads, asked together on one screen of the adaptive
/// interview: one row per question, its options grouped by what they show about the design
/// element for that model (in place, partly, no). A row is answered with one of the question's
/// own options or `unsure`, so the answers file holds exactly what asking each question alone
/// would write.
package struct PracticeChecklist: Sendable, Equatable {
    /// What an option shows about a design element for the model.
    package enum State: String, Sendable {
        case inPlace = "in place"
        case partly = "partly"
        case no = "no"
        /// A rating's points: no state.
        case none = ""

        /// The key that picks the state's option when it has only one.
        /// The states a plan's rows use, in the order shown.
        package static let plan: [State] = [.inPlace, .partly, .no]

        package var key: Character {
            switch self {
            case .inPlace: "y"
            case .partly: "p"
            case .no: "n"
            case .none: " "
            }
        }
    }

    /// One row: a question and its options by state.
    package struct Row: Sendable, Equatable {
        /// The question.
        package let questionID: String
        /// The design element's title.
        package let element: String
        /// The question's option ids by state, each state in the questionnaire's option order;
        /// states without options are left out.
        package let groups: [(state: State, options: [String])]

        /// Whether the row is a rating (scale points, no states).
        package var isRating: Bool { groups.first?.state == PracticeChecklist.State.none }

        /// The options of one state.
        package func options(_ state: State) -> [String] { groups.first { $0.state == state }?.options ?? [] }

        package static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.questionID == rhs.questionID && lhs.element == rhs.element
                && lhs.groups.map(\.state) == rhs.groups.map(\.state)
                && lhs.groups.map(\.options) == rhs.groups.map(\.options)
        }
    }

    /// The model whose plan the rows read; `nil` for the ratings screen (``ratings(_:ids:)``).
    package let stance: Stance?
    /// The rows, in the order asked.
    package let rows: [Row]

    /// The perception questions (scale 1–5, never scored) on one screen of rows too: each row
    /// one question, its points the keys, in one group without a state.
    package static func ratings(_ questionnaire: Questionnaire, ids: [String]) -> PracticeChecklist {
        PracticeChecklist(
            stance: nil,
            rows: ids.compactMap { id in
                guard let question = questionnaire.question(id), question.kind == .scale else { return nil }
                return Row(questionID: id, element: question.prompt, groups: [(.none, question.options.map(\.id))])
            })
    }

    private init(stance: Stance?, rows: [Row]) {
        self.stance = stance
        self.rows = rows
    }

    /// The questions of `order` that go on the ratings screen: the perception questions with a
    /// scale, when at least two are left.
    static func ratingMembers(_ order: [String], _ questionnaire: Questionnaire) -> [String] {
        let members = order.filter { id in
            questionnaire.question(id).map { $0.purpose == .perception && $0.kind == .scale } == true
        }
        return members.count >= 2 ? members : []
    }

    /// Whether a question is one of the rows.
    package func contains(_ id: String) -> Bool { rows.contains { $0.questionID == id } }

    /// The checklist of `ids` (questions of one model's element conditions) for a model.
    package init(_ questionnaire: Questionnaire, stance: Stance, ids: [String]) {
        self.stance = stance
        let reads = Self.reads(questionnaire, stance)
        let titles = ids.compactMap { id in reads.first { $0.id == id }?.element }
        rows = ids.compactMap { id in
            guard let question = questionnaire.question(id), let read = reads.first(where: { $0.id == id }) else {
                return nil
            }
            // An element read by two questions has a row for each: number them.
            let same = titles.filter { $0 == read.element }.count
            let place = reads.filter { $0.element == read.element && ids.contains($0.id) }.firstIndex { $0.id == id }
            let title = same > 1 ? "\(read.element) (\((place ?? 0) + 1) of \(same))" : read.element
            let options = question.options.map(\.id)
            let inPlace = options.filter(read.inPlace.contains)
            let partly = options.filter { read.partly.contains($0) && !inPlace.contains($0) }
            let no = options.filter { !inPlace.contains($0) && !partly.contains($0) }
            let groups: [(state: State, options: [String])] = [(.inPlace, inPlace), (.partly, partly), (.no, no)]
            return Row(questionID: id, element: title, groups: groups.filter { !$0.options.isEmpty })
        }
    }

    /// The questions the model's element designs read to tell in place from partly, with the
    /// options each condition names and the element's title, in element order.
    static func reads(
        _ questionnaire: Questionnaire, _ stance: Stance
    ) -> [(
        id: String, element: String, inPlace: Set<String>, partly: Set<String>
    )] {
        guard let model = questionnaire.operatingModel, let design = model.model(stance) else { return [] }
        var result: [(id: String, element: String, inPlace: Set<String>, partly: Set<String>)] = []
        for element in design.designs {
            let title = model.element(element.element)?.title ?? element.element
            let clauses = (element.inPlace?.clauses ?? []) + (element.partly?.clauses ?? [])
            for id in clauses.map(\.questionID) where !result.contains(where: { $0.id == id }) {
                let inPlace = element.inPlace?.clauses.filter { $0.questionID == id }.flatMap(\.optionIDs) ?? []
                let partly = element.partly?.clauses.filter { $0.questionID == id }.flatMap(\.optionIDs) ?? []
                result.append((id, title, Set(inPlace), Set(partly)))
            }
        }
        return result
    }

    /// The questions of `order` that go on the checklist for a model: those its element
    /// designs read that have options, when there are at least two of them; otherwise none.
    /// They come in the order of the plan's elements.
    package static func members(_ order: [String], _ questionnaire: Questionnaire, _ stance: Stance) -> [String] {
        let inOrder = Set(order)
        let members = reads(questionnaire, stance).map(\.id).filter { id in
            inOrder.contains(id)
                && questionnaire.question(id).map { !$0.options.isEmpty && ($0.kind == .single || $0.kind == .yesNo) }
                    == true
        }
        return members.count >= 2 ? members : []
    }

    /// `order` with the checklist's questions together at the place of the first of them.
    static func grouped(_ order: [String], members: [String]) -> [String] {
        guard let first = members.first, let at = order.firstIndex(of: first) else { return order }
        let others = order.filter { !members.contains($0) }
        let before = order[..<at].filter { !members.contains($0) }
        return before + members + others.dropFirst(before.count)
    }
}
