extension BriefRenderer {
    /// What the change means for people: who gains and who loses authority when the plan moves
    /// the reporting lines, how to keep that leader in, and what to watch on the way from
    /// today's model (the "Watch" sentences of paradigms.yaml's `moving_from:` text).
    func people(_ md: inout Markdown, _ review: OperatingModelReview) {
        var items: [ListItem] = []
        if let change = review.authority {
            var text =
                change.gainsShown
                ? "**Who gains and who loses authority.** The plan gives \(change.gains) \(change.gainsWhat)."
                : "**Who gains and who loses authority.** The plan needs a leader to hold \(change.gainsWhat): "
                    + "\(change.gains)."
            if !change.loses.isEmpty {
                let who = Self.inWords(change.loses)
                text += " \(who.uppercasedFirst) \(change.loses.count == 1 ? "loses" : "lose") \(change.losesWhat)."
                text += " To keep \(who) in the change: \(change.keepIn.lowercasedFirst)"
            } else {
                text += " \(change.keepIn)"
            }
            items.append(ListItem(text, grounds: grounds(on: change.grounds)))
        }
        if let watch = transitionWatch(to: review.target) {
            items.append(
                ListItem(
                    "**What to watch on the way from \(watch.from):** \(watch.text)",
                    grounds: grounds(on: assessment.today.contributions.map(\.questionID))))
        }
        guard !items.isEmpty else { return }
        md.heading(2, "What the change means for people")
        md.bullets(items)
    }

    /// The risks to watch on the way from today's model to a target, from the paradigm text;
    /// `nil` when today's model is not proven different.
    func transitionWatch(to target: Stance) -> (from: String, text: String)? {
        guard let asIs = analysis.provenAsIs, asIs.paradigm != target.paradigm,
            let move = text(target).movingFrom[asIs.paradigm]
        else { return nil }
        let sentences = move.reflowed.components(separatedBy: ". ").map { $0.trimmingWhitespace() }
        let watch = sentences.filter { $0.hasPrefix("Watch") }.map { $0.hasSuffix(".") ? $0 : $0 + "." }
        guard !watch.isEmpty else { return nil }
        return (name(asIs).lowercasedFirst, watch.joined(separator: " "))
    }
}
