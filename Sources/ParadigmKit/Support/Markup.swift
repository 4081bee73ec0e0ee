/// The one escaper for markup: the HTML pages (the brief's and the form's) and the SVG charts.
enum Markup {
    /// Text safe in HTML or XML content and in a double-quoted attribute: `&`, `<`, `>` and `"`
    /// escaped. With `xml` (SVG), also `'` as `&apos;`, line breaks and tabs as spaces, and the
    /// control characters XML forbids dropped.
    static func escape(_ text: String, xml: Bool = false) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                guard xml else {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                switch scalar {
                case "'": out += "&apos;"
                case "\n", "\r", "\t": out += " "
                default:
                    if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
