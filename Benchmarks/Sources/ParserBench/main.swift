import Foundation
import ParadigmKit

// Parser throughput: reads every file of a folder into memory, then decodes and parses them all
// (DocumentParser.decode + DocumentParser.parse, as the command line does) several times, and
// prints the median pass in seconds and MB/s. Usage: ParserBench FOLDER [PASSES]
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ParserBench FOLDER [PASSES]\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let passes = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }
    .sorted()
var files: [(String, Data)] = []
for name in names {
    if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
        files.append((name, data))
    }
}
let bytes = files.reduce(0) { $0 + $1.1.count }
var times: [Double] = []
var nodes = 0
for _ in 0..<passes {
    let start = DispatchTime.now().uptimeNanoseconds
    nodes = 0
    for (name, data) in files {
        do {
            let document = try DocumentParser.parse(DocumentParser.decode(data, name: name))
            if document.root != nil { nodes += 1 }
        } catch {
            FileHandle.standardError.write(Data("\(name) does not parse:\n\(error.rendered)".utf8))
            exit(65)
        }
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let median = times.sorted()[times.count / 2]
print(
    String(
        format: "paradigm  files=%d bytes=%d passes=%d median=%.3fs throughput=%.1f MB/s",
        files.count, bytes, passes, median, Double(bytes) / median / 1e6))
