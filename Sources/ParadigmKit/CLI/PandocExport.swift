import Foundation

/// Turns a brief's Markdown into a DOCX or PDF file with pandoc. Everything happens in a
/// temporary folder of its own, removed afterwards; the caller publishes the bytes by the
/// command line's output rules, so a failed conversion leaves nothing behind.
enum PandocExport {
    /// The document's bytes; exit 69 naming what to install when pandoc or the PDF engine is
    /// missing, 74 when pandoc fails.
    static func convert(
        _ markdown: String, to format: DocumentFormat, paper: Paper = .letter, environment: [String: String]
    )
        throws(CommandError) -> Data
    {
        try requireTools(for: format, environment: environment)
        guard let pandoc = ExternalTool.find("pandoc", environment: environment) else {
            throw .unavailable(missingMessage(format))
        }
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = (folder as NSString).appendingPathComponent("brief.md")
        let reference = (folder as NSString).appendingPathComponent("reference.docx")
        let output = (folder as NSString).appendingPathComponent(format.fileName)
        do {
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: input))
            if format == .docx { try ReferenceDocument.data.write(to: URL(fileURLWithPath: reference)) }
        } catch {
            throw .io("cannot write pandoc's input in '\(folder)': \(error.localizedDescription)")
        }
        var settings = environment
        settings["TMPDIR"] = folder
        settings["PATH"] = environment["PATH"] ?? ExternalTool.defaultPath
        let engine = ExternalTool.find("pdflatex", environment: environment)?.path ?? "pdflatex"
        let arguments = format.pandocArguments(output: output, reference: reference, engine: engine, paper: paper)
        let (status, errors) = try pandoc.run([input] + arguments, in: folder, environment: settings)
        guard status == 0 else {
            let tail = errors.split(separator: "\n").suffix(8).joined(separator: "\n")
            throw .io("pandoc could not write the \(format.rawValue.uppercased()) (exit \(status)):\n\(tail)")
        }
        guard let data = FileManager.default.contents(atPath: output), !data.isEmpty else {
            throw .io("pandoc reported success but wrote no \(format.rawValue.uppercased())")
        }
        return data
    }

    /// Refuses, before any work, a format whose programs are not all installed.
    static func requireTools(for format: DocumentFormat, environment: [String: String]) throws(CommandError) {
        let missing = format.requirements.filter { ExternalTool.find($0.program, environment: environment) == nil }
        if !missing.isEmpty { throw .unavailable(missingMessage(format, missing: missing.map(\.program))) }
    }

    /// What is missing for a format and what to install: every package it needs, as one
    /// copy-paste command.
    static func missingMessage(_ format: DocumentFormat, missing: [String]? = nil) -> String {
        let names = missing ?? format.requirements.map(\.program)
        let packages = format.requirements.flatMap(\.packages).joined(separator: " ")
        return "'--format \(format.rawValue)' (or '-o FILE.\(format.rawValue)') runs "
            + "\(format.requirements.map(\.program).joined(separator: " and ")), "
            + "and \(names.joined(separator: " and ")) \(names.count == 1 ? "is" : "are") not installed.\n"
            + "  On Debian or Ubuntu: apt-get install \(packages)\n"
            + "  Or write Markdown and convert it yourself (docs/documents.md); '--format html' needs nothing "
            + "installed."
    }

    private static func makeFolder() throws(CommandError) -> String {
        var template = Array(
            (NSTemporaryDirectory() as NSString).appendingPathComponent("paradigm-pandoc-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .cannotCreate("cannot create a temporary folder for pandoc: \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }
}
