import Foundation
import Testing

@testable import ParadigmKit

/// Reading replies from a descriptor without stdio: the longest reply, and what a longer one gets.
@Suite struct TerminalTests {
    @Test func aLineOverOneMebibyteIsReadToItsEndAndRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("replies")
        let long = String(repeating: "x", count: Terminal.maximumLineBytes + 10)
        let exact = String(repeating: "y", count: Terminal.maximumLineBytes)
        try Data((long + "\n" + exact + "\nok\n").utf8).write(to: file)
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(Terminal.readLine(descriptor: descriptor) == .tooLong)
        #expect(Terminal.readLine(descriptor: descriptor) == .line(exact))
        #expect(Terminal.readLine(descriptor: descriptor) == .line("ok"))
        #expect(Terminal.readLine(descriptor: descriptor) == .endOfInput)
    }
}
