/// The start of a self-contained HTML page, up to its `<body>`: the doctype, UTF-8, a viewport
/// for phones, the title (already escaped) and the inline stylesheet. The form and the brief
/// page share it.
enum HTMLHead {
    static func render(title escapedTitle: String, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Paradigm Advisor">
        <title>\(escapedTitle)</title>
        <style>
        \(css)</style>
        </head>
        <body>

        """
    }
}
