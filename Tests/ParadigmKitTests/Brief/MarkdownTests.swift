import Testing

@testable import ParadigmKit

/// Free text from a user can never change the brief's structure.
@Suite struct MarkdownTests {
    @Test(arguments: [
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("1. first", "1\\. first"),
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("**bold** _it_", "\\*\\*bold\\*\\* \\_it\\_"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("line one\nline two", "line one line two"),
        ("`code`", "\\`code\\`"),
        ("AT&T", "AT&T"),
        ("Harbor & Vale", "Harbor & Vale"),
        ("&#60;b", "\\&\\#60;b"),
        ("R&D; team", "R\\&D; team"),
        ("&lt;b&gt;", "\\&lt;b\\&gt;"),
        ("$5 and $6", "\\$5 and \\$6"),
        ("Acme GmbH", "Acme GmbH"),
    ])
    func escape(_ raw: String, _ expected: String) {
        #expect(Markdown.escape(raw) == expected)
    }

    @Test func quoteBlockKeepsEveryLineInsideTheQuote() {
        #expect(Markdown.quoteBlock("one\n\n# two\n- three") == "> one\n>\n> \\# two\n> \\- three")
    }

    @Test func frontMatterValueIsQuotedYAML() {
        #expect(Markdown.frontMatterValue("Say \"hi\"\n---") == "\"Say \\\"hi\\\" ---\"")
        #expect(Markdown.frontMatterValue("- x") == "\"\\\\- x\"")
    }

    @Test func tableSeparatorSizesColumnsToTheirContent() {
        let sentence = String(repeating: "word ", count: 20).trimmingWhitespace()
        let dashes = TableWidths.dashes(header: ["Id", "Text", "N"], rows: [["`a_long_identifier`", sentence, "1"]])
        // Code counts two fifths wider; prose is capped; a short column keeps three dashes.
        #expect(dashes == [26, TableWidths.prose + 2, 5])
        var md = Markdown()
        md.table(["Id", "N"], alignments: [.left, .right], [["a", "1"]])
        #expect(md.text.split(separator: "\n")[1] == "|-----|----:|")
    }

    @Test func columnsShareALineWithoutBreakingWords() {
        let long = String(repeating: "x", count: 30)
        let dashes = TableWidths.dashes(
            header: ["A", "B", "C"], rows: [[long + " " + long, long + " y " + long, "z"]])
        #expect(dashes.allSatisfy { $0 >= 3 } && dashes[0] >= 30 && dashes[1] >= 30)
        #expect(dashes.reduce(0, +) <= TableWidths.line)
        let whole = TableWidths.dashes(header: ["A", "B"], rows: [[long + " " + long, "z"]], unbroken: [0])
        #expect(whole[0] == 61 + TableWidths.padding)
    }
}

/// The HTML page renders the brief's blocks, and keeps user text inert.
@Suite struct HTMLPageTests {
    @Test func blocksAndInlineMarksBecomeHTML() {
        var md = Markdown()
        md.field("title", "\"A \\\\<b\\\\> brief\"")
        md.heading(1, "Head", id: "head")
        md.paragraph("Some **bold** and *it* with `code`, \\<script\\> and [a link](https://x.test).")
        md.paragraph("**Lead:**")
        md.bullets([ListItem("one", children: [ListItem("nested")])])
        // Lines written as Markdown (authored in the data) are read as the blocks they hold.
        md.line("2. two")
        md.line()
        md.table(["A", "B"], alignments: [.left, .right], [["x \\| y", "1"]])
        let page = HTMLPage(document: md.document, charts: ["head": "<?xml version=\"1.0\"?>\n<svg></svg>"]).render()
        #expect(page.contains("<title>A &lt;b&gt; brief</title>"))
        #expect(
            page.contains(
                "<p>Some <strong>bold</strong> and <em>it</em> with <code>code</code>, &lt;script&gt; and <a "
                    + "href=\"https://x.test\">a link</a>.</p>"
            ))
        #expect(page.contains("<p><strong>Lead:</strong></p>\n<ul>\n<li>one<ul><li>nested</li></ul></li>"))
        #expect(page.contains("<ol>\n<li>two</li>"))
        #expect(page.contains("<colgroup><col style=\"width: 58.3%\"><col style=\"width: 41.7%\"></colgroup>"))
        #expect(page.contains("<td>x | y</td><td class=\"number\">1</td>"))
        #expect(page.contains("<figure class=\"chart\">\n<svg></svg>\n</figure>") && !page.contains("<?xml"))
    }
}
