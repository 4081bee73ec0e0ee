/// The facilitator's run sheet: a time-boxed offsite agenda built from what the team's
/// answers show (the theme the agenda leads with and its perception gap, the facts to settle,
/// the most divided questions), each item with the decision to reach, who decides when the
/// team does not agree, and what it produces. Read with ``TeamAssessment/runSheet(in:)``.
package struct RunSheet: Sendable, Equatable {
    /// One time-boxed item.
    package struct Item: Sendable, Equatable {
        /// Minutes from the start when it begins.
        package let start: Int
        /// How long it takes, in minutes.
        package let minutes: Int
        /// What is discussed.
        package let title: String
        /// Why it is on the sheet: what the answers show.
        package let why: String
        /// The decision to reach.
        package let decision: String
        /// Who decides when there is no consensus.
        package let decides: String
        /// What the item produces.
        package let output: String
    }

    /// The items, in order, back to back.
    package let items: [Item]

    /// The whole sheet's length in minutes.
    package var minutes: Int { items.last.map { $0.start + $0.minutes } ?? 0 }

    /// How long each kind of item takes, in minutes.
    static let opening = 15, lead = 45, fact = 10, divided = 25, close = 30, breakTime = 15
    /// The most facts and divided questions a sheet takes, so that it fits a day's half.
    static let factLimit = 3, dividedLimit = 3
    /// Who decides what no theme of the data names.
    static let sponsor = "the CEO or founder"
}

extension TeamAssessment {
    /// The run sheet for the groups a brief shows: the opening, the lead theme (when the answers
    /// bear one out), up to three facts to settle, a break, up to three of the most divided
    /// questions (the lead's own question is not repeated), and the close on the recommendation.
    package func runSheet(in grouping: TeamGrouping) -> RunSheet {
        var items: [RunSheet.Item] = []
        var clock = 0
        func add(
            _ minutes: Int, _ title: String, _ why: String, _ decision: String, _ decides: String, _ output: String
        ) {
            items.append(
                RunSheet.Item(
                    start: clock, minutes: minutes, title: title, why: why, decision: decision, decides: decides,
                    output: output))
            clock += minutes
        }
        let name = displayName(recommendation)
        add(
            RunSheet.opening, "Where the team stands",
            "the answers point to \(name); agreement on the ranking is "
                + (agreement.value.map { KendallW.Band($0).rawValue } ?? "not measurable"),
            "Agree that the facts come first and the model last", RunSheet.sponsor,
            "the ground rules and the day's order, agreed")
        let lead = agendaLead(in: grouping)
        if let lead {
            let theme = lead.theme.theme
            add(
                RunSheet.lead, theme.title,
                "\(lead.theme.total) of \(lead.theme.written.reduce(0, +)) written answers are on it, and "
                    + "\"\(lead.question.prompt)\" bears it out",
                theme.decision ?? "Agree what changes about \(theme.title.lowercased())",
                theme.decides ?? RunSheet.sponsor, theme.output ?? "a written decision with an owner")
        }
        for fact in factsToSettle.prefix(RunSheet.factLimit) {
            add(
                RunSheet.fact, fact.question.prompt, "respondents answered this fact differently",
                "Agree the right answer, from records where they exist", RunSheet.sponsor,
                "the corrected answer in every answers file, and the brief made again")
        }
        add(RunSheet.breakTime, "Break", "", "", "", "")
        let divided = splitQuestions(limit: RunSheet.dividedLimit + 1).filter {
            $0.tally.question.id != lead?.question.id
        }
        for item in divided.prefix(RunSheet.dividedLimit) {
            add(
                RunSheet.divided, item.tally.question.prompt,
                "answers are \(Int((item.divergence * 100).rounded()))% divided",
                "Choose the one answer that holds for the organisation, and what changes to make it true",
                RunSheet.sponsor, "the decision written down, with an owner and a date")
        }
        add(
            RunSheet.close, "The recommendation: \(name)", "the group's result, once the facts above are settled",
            "Confirm \(name), or name the model the team chooses instead", RunSheet.sponsor,
            "the model chosen, decision rights between marketing and sales, and an owner for each first-90-days step "
                + "and each segment")
        return RunSheet(items: items)
    }
}
