extension Array where Element: Hashable {
    /// The elements, each once, in the order of their first appearance.
    var uniqued: [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
