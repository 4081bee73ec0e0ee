extension BriefRenderer {
    /// The sources a brief lists: every statistic in the full brief; in the concise brief only
    /// those its body cites (Gartner's buying jobs under the journey map, Kotler, Rackham and
    /// Krishnaswamy for the depth of practice and for rules before structure).
    var listedSources: [Statistic] {
        guard options.detail == .concise else { return texts.statistics }
        var cited: Set<String> = []
        if analysis.review != nil { cited.insert(Self.buyingJobsSource) }
        if analysis.depth != nil || analysis.review?.rulesFirst != nil { cited.insert(Self.kotlerSource) }
        return texts.statistics.filter { cited.contains($0.id) }
    }

    /// The statistic behind the journey map's six buying jobs.
    static let buyingJobsSource = "gartner_no_handoff"
    /// The statistic from Kotler, Rackham and Krishnaswamy's article.
    static let kotlerSource = "kotler_contingency"

    /// A citation of a listed source, " (source 2)"; empty when the brief does not list it.
    func cite(_ id: String) -> String {
        guard let index = listedSources.firstIndex(where: { $0.id == id }) else { return "" }
        return " (source \(index + 1))"
    }
}
