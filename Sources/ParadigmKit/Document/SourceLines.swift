/// The lines of a source file, classified once in a single linear pass over their UTF-8 bytes:
/// indentation, what kind of line each is, and the first refused character on it.
///
/// Lines are turned into `[Unicode.Scalar]` only when the parser reads them, so a file whose
/// deep part is skipped after an error (10,000 levels of nesting) costs one byte scan, not an
/// array of scalars per line.
struct SourceLines {
    /// What a line holds once its leading spaces are skipped.
    enum Kind: Equatable {
        /// Nothing but spaces.
        case blank
        /// A `#` comment.
        case comment
        /// Anything else, starting with a character other than a tab.
        case content
        /// Spaces, then a tab: tabs may not indent.
        case tabbed
        /// `---` at column 1, followed by a space, a tab or the end of the line.
        case documentStart
        /// `...` at column 1, followed by a space, a tab or the end of the line.
        case documentEnd
    }

    /// What is known about one line.
    struct Info {
        /// The number of leading spaces.
        var indent: Int
        /// What the line holds.
        var kind: Kind
    }

    /// A character the document may not hold, with its 0-based position.
    struct Problem {
        /// The 0-based line index.
        var line: Int
        /// The 0-based column, in Unicode scalars.
        var column: Int
        /// The refused character.
        var scalar: Unicode.Scalar
    }

    /// The UTF-8 bytes of the whole text, which the lines are ranges of: read as bytes, a line
    /// needs no `String` view (which costs more per call than reading the line itself).
    private let bytes: [UInt8]
    /// Each line's bytes, without its line terminator (LF, or CRLF), as ``SourceFile`` splits.
    private let ranges: [Range<Int>]
    /// The classification of each line.
    let info: [Info]
    /// The first refused character of each line that has one, in line order.
    let problems: [Problem]
    /// Whether the last line ends with a line break.
    let endsWithLineBreak: Bool

    private var cachedIndex = -1
    private var cachedScalars: [Unicode.Scalar] = []

    /// Scans the lines of `source`.
    init(_ source: SourceFile) {
        let bytes = Array(source.text.utf8)
        let ranges = source.lineRanges
        var info: [Info] = []
        var problems: [Problem] = []
        info.reserveCapacity(ranges.count)
        bytes.withUnsafeBufferPointer { all in
            for (index, range) in ranges.enumerated() {
                let line = UnsafeBufferPointer(rebasing: all[range])
                let scan = SourceLines.scan(line)
                info.append(scan.info)
                if let offset = scan.problemOffset {
                    let column = line[..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    let scalar = String(decoding: line[offset...], as: UTF8.self).unicodeScalars.first
                    problems.append(Problem(line: index, column: column, scalar: scalar ?? "\u{FFFD}"))
                }
            }
        }
        (self.bytes, self.ranges, self.info, self.problems) = (bytes, ranges, info, problems)
        endsWithLineBreak = bytes.last == 0x0A
    }

    /// The number of lines.
    var count: Int { ranges.count }

    /// `body` applied to the UTF-8 bytes of a line (none past the end).
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(
                index >= 0 && index < ranges.count
                    ? UnsafeBufferPointer(rebasing: all[ranges[index]]) : UnsafeBufferPointer(rebasing: all[0..<0]))
        }
    }

    /// The Unicode scalars of a line (empty past the end). The last line read is cached, since
    /// the parser reads a line several times while it decides what the line holds.
    mutating func scalars(_ index: Int) -> [Unicode.Scalar] {
        if index == cachedIndex { return cachedScalars }
        guard index >= 0, index < ranges.count else { return [] }
        cachedIndex = index
        // The buffer is reused when the parser no longer holds the previous line.
        cachedScalars.removeAll(keepingCapacity: true)
        let range = ranges[index]
        bytes.withUnsafeBufferPointer { all in
            let line = UnsafeBufferPointer(rebasing: all[range])
            // Most lines are ASCII, where each byte is a scalar: one tight pass instead of decoding.
            if line.allSatisfy({ $0 < 0x80 }) {
                cachedScalars.append(contentsOf: repeatElement(" ", count: line.count))
                cachedScalars.withUnsafeMutableBufferPointer { scalars in
                    for (offset, byte) in line.enumerated() { scalars[offset] = Unicode.Scalar(byte) }
                }
            } else {
                cachedScalars.append(contentsOf: String(decoding: line, as: UTF8.self).unicodeScalars)
            }
        }
        return cachedScalars
    }

    /// One pass over a line's bytes: indentation, kind and the byte offset of the first refused
    /// character. The bytes are valid UTF-8 (they come from a `String`).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (info: Info, problemOffset: Int?) {
        let count = bytes.count
        var indent = 0
        while indent < count, bytes[indent] == 0x20 { indent += 1 }
        var kind = Kind.content
        if indent == count {
            kind = .blank
        } else if bytes[indent] == 0x23 {
            kind = .comment
        } else if bytes[indent] == 0x09 {
            kind = .tabbed
        } else if indent == 0, count >= 3, count == 3 || bytes[3] == 0x20 || bytes[3] == 0x09 {
            if bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[2] == 0x2D { kind = .documentStart }
            if bytes[0] == 0x2E, bytes[1] == 0x2E, bytes[2] == 0x2E { kind = .documentEnd }
        }
        return (Info(indent: indent, kind: kind), firstRefused(bytes, from: indent))
    }

    /// The byte offset of the first character ``TextCharacters`` refuses, found from the bytes
    /// alone: C0 controls but TAB, CR, DEL, C1 controls (`C2 80`–`C2 9F`, which includes U+0085),
    /// U+2028/U+2029 (`E2 80 A8`/`A9`), U+FEFF (`EF BB BF`) and U+FFFE/U+FFFF (`EF BF BE`/`BF`).
    private static func firstRefused(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        var index = start
        // Eight bytes at a time while all are printable ASCII (most text is); the bytes of a word
        // that is not go through the loop below.
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let belowSpace = (word &- 0x20 &* ones) & ~word & highs
                let delete = ((word ^ (0x7F &* ones)) &- ones) & ~(word ^ (0x7F &* ones)) & highs
                guard (word & highs) | belowSpace | delete == 0 else { break }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { return index }
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xC2:
                if next >= 0x80, next <= 0x9F { return index }
                index += 2
            case 0xE2:
                if next == 0x80, third == 0xA8 || third == 0xA9 { return index }
                index += 3
            case 0xEF:
                if next == 0xBB, third == 0xBF { return index }
                if next == 0xBF, third == 0xBE || third == 0xBF { return index }
                index += 3
            case 0xC0...0xDF: index += 2
            case 0xE0...0xEF: index += 3
            default: index += byte >= 0xF0 ? 4 : 1
            }
        }
        return nil
    }
}

extension SourceLines.Problem {
    /// The error for this character.
    func diagnostic(in source: SourceFile) -> Diagnostic {
        let refusal =
            TextCharacters.refusal(for: scalar)
            ?? ("found the character \(TextCharacters.hex(scalar))", "delete it")
        return Diagnostic(
            .error, refusal.message, in: source, at: SourceLocation(line: line + 1, column: column + 1),
            help: refusal.help)
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalar at `index`, or `nil` outside the array: the parser never traps on a short line.
    func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < count ? self[index] : nil
    }
}

/// Text built from Unicode scalars, kept as UTF-8 bytes until it is done: much faster than
/// appending scalars to a `String.UnicodeScalarView` one slice at a time.
struct TextBuffer {
    private var bytes: [UInt8] = []

    /// An empty buffer.
    init() {}

    /// A buffer holding `scalars`.
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        append(contentsOf: scalars)
    }

    /// Appends one scalar.
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Appends scalars.
    mutating func append(contentsOf scalars: ArraySlice<Unicode.Scalar>) {
        bytes.reserveCapacity(bytes.count + scalars.count)
        for scalar in scalars { append(scalar) }
    }

    /// Appends `count` line feeds.
    mutating func appendLineFeeds(_ count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(0x0A, count: count)) }
    }

    /// The text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
    /// The text of a run of scalars.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        guard scalars.allSatisfy(\.isASCII) else {
            self = TextBuffer(scalars).string
            return
        }
        // Nearly every key and value is ASCII: its bytes go straight into the string, with no
        // buffer in between (and none at all for a short one, which a String holds inline).
        self = String(unsafeUninitializedCapacity: scalars.count) { bytes in
            for (offset, scalar) in zip(bytes.indices, scalars) {
                bytes[offset] = UInt8(truncatingIfNeeded: scalar.value)
            }
            return scalars.count
        }
    }
}
