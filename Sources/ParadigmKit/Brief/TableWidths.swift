/// The dash counts of a pipe table's separator line, which pandoc reads as the columns'
/// relative widths. Each column first gets its longest word and its padding (so that no word is broken), then
/// the rest of a line of ``line`` characters is shared out by how much more each column's
/// longest cell would like, up to ``prose`` characters (so that a column of sentences wraps
/// instead of squeezing the others). Code is counted wider than text, as its font sets it.
enum TableWidths {
    /// The characters of body text a portrait A4 or Letter page sets on one line, in a
    /// word processor's larger type too.
    static let line = 80
    /// A cell's padding, in characters.
    static let padding = 2
    /// The most characters one column asks for.
    static let prose = 40

    /// One dash count per column (each with its padding), together about ``line``.
    /// A column in `unbroken` gets its longest body cell whole, however long.
    static func dashes(header: [String], rows: [[String]], unbroken: Set<Int> = []) -> [Int] {
        let columns = header.indices.map { column in
            [header[column]] + rows.compactMap { column < $0.count ? $0[column] : nil }
        }
        let least = columns.enumerated().map { column, cells in
            let whole = unbroken.contains(column) ? cells.dropFirst().map(visibleLength).max() ?? 0 : 0
            // Headers are set bold, a fifth wider.
            let header = (longestWord(cells[0]) * 6 + 4) / 5
            return max(3, whole, header, cells.dropFirst().map(longestWord).max() ?? 0) + padding
        }
        let wanted = zip(columns, least).map { cells, least in
            max(least, min(cells.map(visibleLength).max() ?? 0, prose) + padding)
        }
        let room = line - least.reduce(0, +)
        let extra = zip(wanted, least).map { $0 - $1 }
        let asked = extra.reduce(0, +)
        guard room > 0, asked > 0 else { return least }
        return zip(least, extra).map { least, extra in
            least + (asked <= room ? extra : Int((Double(extra) * Double(room) / Double(asked)).rounded(.down)))
        }
    }

    /// How wide a cell reads, in characters of body text: emphasis marks, code marks and the
    /// backslashes of escapes take no room, and code counts two fifths wider (a word processor's monospace font is).
    static func visibleLength(_ cell: String) -> Int { width(of: Substring(cell)) }

    /// The widest run without a space, the narrowest a column can be without breaking a word.
    static func longestWord(_ cell: String) -> Int {
        cell.split(separator: " ").map(width).max() ?? 0
    }

    private static func width(of text: Substring) -> Int {
        var tenths = 0
        var escaped = false
        var code = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
                continue
            } else if character == "`" {
                code.toggle()
                continue
            } else if character == "*" {
                continue
            }
            tenths += code ? 14 : 10
        }
        return (tenths + 9) / 10
    }
}
