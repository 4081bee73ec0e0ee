extension BriefMaker {
    /// A team brief from answers files and survey exports (names ending in `.csv`), read in
    /// order by `reader`: every input is loaded and scored, all problems of all inputs are thrown
    /// together, the organisation is checked, and one brief comes out in the request's format.
    public func teamBrief(
        _ inputs: [String], reader: AnswersReader, _ request: TeamBriefRequest
    ) throws(BriefError) -> TeamBrief {
        let loading = TeamLoading(questionnaires: copies, reader: reader, export: request.export)
        let loaded = try loading.load(inputs, organisation: request.organisation, latest: request.latest)
        let team = loaded.team
        var charts: [(name: String, svg: String)] = []
        if request.options.charts != nil {
            var unlinked = request.options
            unlinked.charts = nil
            let brief = TeamBriefRenderer(team: team, options: unlinked)
            charts = [
                (TeamCharts.scoresByRoleName, brief.scoresByRoleChart),
                (TeamCharts.perceptionGapName, brief.perceptionGapChart),
            ]
        }
        return TeamBrief(output: render(team, request), charts: charts, warnings: loaded.warnings)
    }

    /// A team's brief rendered in the request's format.
    func render(_ team: TeamAssessment, _ request: TeamBriefRequest) -> BriefOutput {
        let options = request.options
        let brief = TeamBriefRenderer(team: team, options: options)
        switch request.format {
        case .markdown: return .text(brief.render())
        case .html:
            return .text(HTMLPage(document: brief.document(), charts: brief.charts, paper: request.paper).render())
        case .docx: return .pandoc(markdown: brief.render(), format: .docx)
        case .pdf: return .pandoc(markdown: brief.render(), format: .pdf)
        case .json: return .text(TeamJSON(team: team, options: options).render())
        case .slides: return .text(TeamSlidesRenderer(team: team, options: options).render())
        case .runsheet: return .text(brief.renderRunSheet())
        }
    }
}
