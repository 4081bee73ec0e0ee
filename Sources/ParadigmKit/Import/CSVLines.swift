/// The physical lines of a CSV file (ended by CRLF, LF or a lone CR, as the scanner counts them),
/// found in one pass and decoded only when a diagnostic shows one: a 100,000-row export keeps its
/// bytes once instead of a second copy as line strings.
final class CSVLines: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var index = starts[0]
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0A || byte == 0x0D else { continue }
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            if index < bytes.count { starts.append(index) }
        }
        self.starts = starts
    }

    /// The text of a 1-based line without its line break, or an empty string past the end.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= starts.count else { return "" }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
