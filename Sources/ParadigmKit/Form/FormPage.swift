import Foundation

/// `paradigm template --format html`: the questionnaire as one self-contained HTML page that a
/// respondent fills in in a browser, offline, and that downloads an ordinary answers file.
///
/// Everything is inline (style, script, the questionnaire as JSON); the page loads nothing, so
/// it works from a file on disk. The same questionnaire and organisation give the same bytes.
package enum FormPage: Sendable {
    /// The page for a questionnaire, with the organisation field pre-filled when given.
    package static func render(_ questionnaire: Questionnaire, organisation: String? = nil) -> String {
        let data = FormData(questionnaire, organisation: organisation)
        return HTMLHead.render(title: escape(questionnaire.title), css: FormStyle.css) + """
            <main id="app">
            <h1>\(escape(questionnaire.title))</h1>
            <noscript><p>This form needs JavaScript. Without it, ask for an answers file to fill in instead
            (<code>paradigm template</code>).</p></noscript>
            </main>
            <script type="application/json" id="form-data">\(data.json)</script>
            <script>
            \(FormScript.rules)</script>
            <script>
            \(FormScript.page)</script>
            </body>
            </html>

            """
    }

    /// Text for HTML (``Markup/escape(_:xml:)``).
    static func escape(_ text: String) -> String { Markup.escape(text) }
}
