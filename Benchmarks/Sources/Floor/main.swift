import Foundation

// The floor for "one brief end to end": a Swift binary built the same way (release, Foundation
// linked) that starts, writes a small file and exits.
let path = CommandLine.arguments.dropFirst().first ?? "/dev/null"
_ = FileManager.default.createFile(atPath: path, contents: Data("floor\n".utf8))
