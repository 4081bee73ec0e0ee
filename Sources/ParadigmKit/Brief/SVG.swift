/// A minimal SVG document builder: shapes, text, and a title and description that screen
/// readers announce.
struct SVG {
    private var body = ""
    let width: Double
    let height: Double
    /// The chart's name and its text equivalent, for screen readers (`<title>`, `<desc>`).
    let title: String
    let description: String
    /// Prefix of the title's and description's ids, unique on a page that inlines several charts.
    let id: String

    init(width: Double, height: Double, id: String, title: String, description: String) {
        self.id = id
        self.width = width
        self.height = height
        self.title = title
        self.description = description
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ fill: String) {
        body +=
            "  <rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" "
            + "height=\"\(Self.number(height))\" fill=\"\(fill)\"/>\n"
    }

    mutating func text(_ x: Double, _ y: Double, _ content: String, size: Int, bold: Bool = false) {
        let weight = bold ? " font-weight=\"bold\"" : ""
        body +=
            "  <text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" "
            + "font-size=\"\(size)\"\(weight)>\(Self.escape(content))</text>\n"
    }

    func finish() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.number(width))" height="\(Self.number(height))" \
        viewBox="0 0 \(Self.number(width)) \(Self.number(height))" font-family="Helvetica, Arial, sans-serif" \
        role="img" aria-labelledby="\(id)-title \(id)-desc">
          <title id="\(id)-title">\(Self.escape(title))</title>
          <desc id="\(id)-desc">\(Self.escape(description))</desc>
          <rect x="0" y="0" width="\(Self.number(width))" height="\(Self.number(height))" fill="#ffffff"/>
        \(body)</svg>

        """
    }

    /// One decimal at most, never an exponent.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// Text safe inside an element or attribute (``Markup/escape(_:xml:)``).
    static func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}
