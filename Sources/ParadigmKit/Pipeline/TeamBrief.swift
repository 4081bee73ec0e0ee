/// A team brief as made: the output in its format, the SVG charts it links (when its options
/// link charts), and the warnings on its inputs.
public struct TeamBrief: Sendable {
    /// The brief in the format asked for.
    public var output: BriefOutput
    /// The charts to write beside it, by file name (``TeamCharts``), when the request's options
    /// link charts; empty otherwise.
    public var charts: [(name: String, svg: String)]
    /// Warnings on the inputs: answers counted once or set aside, spellings of the organisation.
    public var warnings: Diagnostics
}
