/// How much one 16:9 slide shows, in reveal.js and in PowerPoint from `pandoc -t pptx`, and
/// the splitting of longer lists and tables over several slides titled "(1 of 2)", "(2 of 2)".
enum SlideLimits {
    /// Bullets of up to three lines each.
    static let longItems = 3
    /// Bullets of up to five lines each.
    static let longestItems = 2
    /// Table columns beside the label column, as PowerPoint gives every column the same width.
    static let tableColumns = 4
    /// Table rows of one short line each.
    static let tableRows = 6
    /// Table rows whose first cell is a sentence.
    static let longRows = 3

    /// The parts of `items`, as evenly sized as the limit allows: 5 by 4 gives 3 and 2.
    static func parts<T>(_ items: [T], perSlide limit: Int) -> [ArraySlice<T>] {
        guard items.count > limit else { return [items[...]] }
        let count = (items.count + limit - 1) / limit
        let size = (items.count + count - 1) / count
        return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }

    /// A slide title, numbered when there is more than one part.
    static func title(_ title: String, part: Int, of count: Int) -> String {
        count == 1 ? title : "\(title) (\(part + 1) of \(count))"
    }

    /// Bullet slides for `items`.
    static func lists(_ heading: String, _ items: [String], perSlide limit: Int, _ md: inout Markdown) {
        let parts = parts(items, perSlide: limit)
        for (index, part) in parts.enumerated() {
            md.heading(2, title(heading, part: index, of: parts.count))
            md.bullets(Array(part))
        }
    }

    /// Table slides for `rows`, each drawn by `table` with the header it repeats.
    static func tables(
        _ heading: String, _ rows: [[String]], perSlide limit: Int, _ md: inout Markdown,
        table: (inout Markdown, [[String]]) -> Void
    ) {
        let parts = parts(rows, perSlide: limit)
        for (index, part) in parts.enumerated() {
            md.heading(2, title(heading, part: index, of: parts.count))
            table(&md, Array(part))
        }
    }
}
