import Foundation
import ParadigmKit

// Writes Sources/ParadigmKit/Questionnaire/EmbeddedQuestionnaire.swift: the built-in
// questionnaire and paradigm texts, loaded from Questionnaires/, as Swift source that rebuilds
// them without parsing. Run through Scripts/embed-questionnaire.sh, from the package root.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedQuestionnaire OUTPUT.swift (run Scripts/embed-questionnaire.sh)\n".utf8))
    exit(64)
}
do {
    let questionnaire = try PrebuiltSource.loadBuiltInFiles(from: FileManager.default.currentDirectoryPath)
    try AtomicFile.write(Data(PrebuiltSource.render(questionnaire).utf8), to: output)
} catch {
    let message = (error as? Diagnostics)?.rendered ?? "\(error)"
    FileHandle.standardError.write(Data("EmbedQuestionnaire: \(message)\n".utf8))
    exit(1)
}
