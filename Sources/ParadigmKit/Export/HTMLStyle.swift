/// The HTML page's stylesheet: readable on screen, and a print stylesheet so that a browser's
/// print-to-PDF gives clean portrait pages (A4 or Letter) whose tables fit the page width.
enum HTMLStyle {
    /// The stylesheet, its printed pages of `paper`.
    static func css(paper: Paper) -> String {
        css.replacingOccurrences(of: "@page { margin:", with: "@page { size: \(paper.css); margin:")
    }

    static let css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f6f4; color: #1d1d1f; font: 16px/1.5 "DejaVu Sans", "Helvetica Neue", Arial, \
        sans-serif; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 2.5rem 4rem; background: #fff; }
        header { border-bottom: 2px solid #4e79a7; margin-bottom: 1.5rem; }
        h1.title { font-size: 1.9rem; margin: 0 0 .2rem; }
        .subtitle { font-size: 1.2rem; margin: 0; color: #34495e; }
        .date { color: #555; margin: .3rem 0 1rem; }
        h1 { font-size: 1.55rem; margin: 2rem 0 .6rem; color: #2c4a6b; }
        h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; color: #2c4a6b; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        p, li { overflow-wrap: break-word; }
        blockquote { margin: .5rem 0; padding: .2rem 1rem; border-left: 4px solid #ccc; color: #444; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
        .table { overflow-x: auto; margin: .8rem 0 1.2rem; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: .88rem; line-height: 1.35; }
        th, td { padding: .3rem .45rem; border-bottom: 1px solid #ddd; vertical-align: top; text-align: left; }
        th { border-bottom: 2px solid #888; font-weight: 600; }
        td code { overflow-wrap: anywhere; }
        .number { text-align: right; font-variant-numeric: tabular-nums; }
        .centre { text-align: center; }
        figure.chart { margin: 1rem 0 1.5rem; }
        figure.chart svg { width: 100%; height: auto; }
        a { color: #2c5d8f; overflow-wrap: anywhere; }
        @media (max-width: 40rem) { main { padding: 1rem; } table { table-layout: auto; } }
        @page { margin: 16mm 15mm; }
        @media print {
          body { background: #fff; font-size: 9.5pt; line-height: 1.4; }
          main { max-width: none; padding: 0; }
          header { margin-bottom: .8rem; }
          h1 { margin: 1.2rem 0 .4rem; } h2 { margin: 1rem 0 .3rem; } h3 { margin: .8rem 0 .3rem; }
          p, ul, ol { margin: .35rem 0; }
          figure.chart { margin: .5rem 0; }
          figure.chart svg { width: 85%; }
          .table { overflow: visible; }
          table { font-size: 8.5pt; line-height: 1.25; }
          th, td { padding: .15rem .35rem; }
          thead { display: table-header-group; }
          tr, figure.chart, blockquote { break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
