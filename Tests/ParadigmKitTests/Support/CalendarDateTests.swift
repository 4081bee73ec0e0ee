import Foundation
import Testing

@testable import ParadigmKit

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-03-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2026-11-30"])
    func readsRealDays(_ text: String) {
        #expect(CalendarDate(text)?.text == text)
    }

    @Test(arguments: [
        "", "2026-3-31", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
        "2026-01-00", "0000-01-01", "2026/01/15", "20260115", "2026-01-15 ", "２０２６-01-15",
        "+026-01-15", "2026-01-1a", "2026-01-15T00:00",
    ])
    func refusesOthers(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    /// Today, against Foundation's calendar in UTC.
    @Test func todayIsFoundationsToday() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let before = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = CalendarDate.today()
        let after = calendar.dateComponents([.year, .month, .day], from: Date())
        let matches = [before, after].contains {
            $0.year == today.year && $0.month == today.month && $0.day == today.day
        }
        #expect(matches)
    }

    /// Fourteen hours east and twelve west of UTC: at any hour, at least one of them is on
    /// another day than UTC, and the brief must carry the local one, as `date` prints it.
    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"), arguments: ["XXX-14", "YYY+12"])
    func theDefaultDateIsTheLocalDate(_ zone: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Paths.examples.appendingPathComponent("proportionate-multi-segment.yaml").path
        let script = "export TZ=\(zone); date +%F; \"$PARADIGM\" brief '\(example)' | grep '^date:'; date +%F"
        let run = try #require(Subprocess.shell(script, in: folder)).run()
        let lines = run.out.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(run.out)\(run.err)")
        if lines[0] == lines[2] { #expect(lines[1] == "date: \"\(lines[0])\"") }
    }
}
