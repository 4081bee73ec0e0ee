/// The inline Markdown the brief renderers write, as HTML: backslash escapes, `**strong**`,
/// `*emphasis*`, `` `code` ``, `[text](url)`, `![alt](src)` and `<https://…>`. Everything else
/// is text, HTML-escaped, so user text escaped by ``Markdown/escape(_:)`` stays inert.
enum InlineHTML {
    static func render(_ markdown: String) -> String {
        var out = ""
        var strong = false
        var emphasis = false
        var rest = Substring(markdown)
        while let character = rest.first {
            if character == "\\", let next = rest.dropFirst().first {
                out += escape(String(next))
                rest = rest.dropFirst(2)
            } else if character == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                out += "<code>" + escape(String(rest[rest.index(after: rest.startIndex)..<end])) + "</code>"
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**") {
                out += strong ? "</strong>" : "<strong>"
                strong.toggle()
                rest = rest.dropFirst(2)
            } else if character == "*" {
                out += emphasis ? "</em>" : "<em>"
                emphasis.toggle()
                rest = rest.dropFirst()
            } else if let (html, after) = link(rest) {
                out += html
                rest = after
            } else {
                out += escape(String(character))
                rest = rest.dropFirst()
            }
        }
        if emphasis { out += "</em>" }
        if strong { out += "</strong>" }
        return out
    }

    /// `[text](url)`, `![alt](src)` or `<https://…>` at the start of `text`, and what follows it.
    private static func link(_ text: Substring) -> (String, Substring)? {
        if text.hasPrefix("<http"), let end = text.firstIndex(of: ">") {
            let url = escape(String(text[text.index(after: text.startIndex)..<end]))
            return ("<a href=\"\(url)\">\(url)</a>", text[text.index(after: end)...])
        }
        let image = text.hasPrefix("![")
        guard image || text.first == "[" else { return nil }
        let label = text.dropFirst(image ? 2 : 1)
        guard let close = label.firstIndex(of: "]"), label[close...].dropFirst().first == "(",
            let end = label[close...].firstIndex(of: ")")
        else { return nil }
        let words = String(label[..<close])
        let target = escape(String(label[label.index(close, offsetBy: 2)..<end]))
        let html =
            image
            ? "<img src=\"\(target)\" alt=\"\(escape(words))\">"
            : "<a href=\"\(target)\">\(render(words))</a>"
        return (html, label[label.index(after: end)...])
    }

    /// Text safe in HTML content and attributes (``Markup/escape(_:xml:)``).
    static func escape(_ text: String) -> String { Markup.escape(text) }
}
