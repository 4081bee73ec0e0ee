/// The character that separates fields. Form tools write commas; spreadsheets set to a
/// European locale write semicolons; a "tab-separated" export uses tabs.
public enum CSVDelimiter: String, Sendable, CaseIterable {
    /// `,`
    case comma
    /// `;`
    case semicolon
    /// A tab.
    case tab

    /// The delimiter's byte.
    public var byte: UInt8 {
        switch self {
        case .comma: 0x2C
        case .semicolon: 0x3B
        case .tab: 0x09
        }
    }

    /// The word used in messages: "comma-separated".
    public var adjective: String { "\(rawValue)-separated" }

    /// The note for a file this delimiter was detected in: "as semicolon-separated (detected
    /// from the header row; --delimiter chooses)"; `nil` for a comma, which needs no note.
    public var detectedNote: String? {
        self == .comma ? nil : "as \(adjective) (detected from the header row; --delimiter chooses)"
    }

    /// The delimiter that splits the first record of `bytes` into the most fields (outside
    /// quotes); comma on a tie, so that a file with one column reads as comma-separated.
    public static func detect(in bytes: [UInt8]) -> CSVDelimiter {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                break
            } else if !quoted {
                counts[byte, default: 0] += 1
            }
            index += 1
        }
        var best = CSVDelimiter.comma
        for candidate in allCases where counts[candidate.byte, default: 0] > counts[best.byte, default: 0] {
            best = candidate
        }
        return best
    }
}
