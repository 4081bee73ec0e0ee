/// The reader's state machine. Bytes are copied into a reused buffer per field, so a file costs
/// one pass and one allocation per field.
struct CSVScanner {
    /// A problem found while scanning.
    struct Problem {
        var message: String
        var help: String?
        var location: SourceLocation
        var row: Int
        var column: Int
    }

    private enum State {
        case startRecord, startField, unquoted, quoted, quoteInQuoted
    }

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private(set) var problems: [Problem] = []
    /// The record just ended, until ``run(_:)`` hands it on.
    private var ended: CSVRecord?

    private var index = 0
    private var line = 1
    private var column = 1
    private var state = State.startRecord
    private var field: [UInt8] = []
    private var fields: [CSVField] = []
    private var fieldStart = SourceLocation(line: 1, column: 1)
    private var recordStart = SourceLocation(line: 1, column: 1)
    private var row = 0
    private var lastProblemLine = 0

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// Scans every byte, handing each record to `emit` as soon as it ends, so that a caller can
    /// process a large export row by row without holding its records.
    mutating func run(_ emit: (CSVRecord) -> Void) {
        while index < bytes.count {
            if let record = ended {
                emit(record)
                ended = nil
            }
            let byte = bytes[index]
            let isBreak = byte == Self.lineFeed || byte == Self.carriageReturn
            switch state {
            case .startRecord:
                row += 1
                recordStart = here
                if isBreak {
                    consumeBreak()
                    ended = CSVRecord(fields: [], row: row, location: recordStart)
                    continue
                }
                state = .startField
            case .startField:
                fieldStart = here
                if byte == Self.quote {
                    state = .quoted
                    advance()
                } else if byte == delimiter {
                    saveField()
                    advance()
                } else if isBreak {
                    saveField()
                    endRecord()
                    consumeBreak()
                } else {
                    state = .unquoted
                }
            case .unquoted:
                if byte == delimiter {
                    saveField()
                    state = .startField
                    advance()
                } else if isBreak {
                    saveField()
                    endRecord()
                    consumeBreak()
                } else {
                    take()
                }
            case .quoted:
                if byte == Self.quote {
                    state = .quoteInQuoted
                    advance()
                } else if isBreak {
                    field.append(byte)
                    if byte == Self.carriageReturn, next == Self.lineFeed { field.append(Self.lineFeed) }
                    consumeBreak()
                } else {
                    take()
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    field.append(Self.quote)
                    state = .quoted
                    advance()
                } else if byte == delimiter {
                    saveField()
                    state = .startField
                    advance()
                } else if isBreak {
                    saveField()
                    endRecord()
                    consumeBreak()
                } else {
                    report(
                        "found text after the closing quote of a field",
                        help: "a quote inside a quoted field must be doubled: write \"\" for each \"", at: here)
                    state = .unquoted  // read on as Python's default dialect does, to find more problems
                }
            }
        }
        if let record = ended { emit(record) }
        ended = nil
        switch state {
        case .startRecord:
            break
        case .quoted:
            lastProblemLine = 0
            report(
                "this quoted field is never closed", help: "add the closing \" (and double every \" inside the field)",
                at: fieldStart)
            saveField()
            endRecord()
        case .startField, .unquoted, .quoteInQuoted:
            saveField()
            endRecord()
        }
        if let record = ended { emit(record) }
        ended = nil
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }
    private var next: UInt8? { index + 1 < bytes.count ? bytes[index + 1] : nil }

    /// Moves past one ASCII byte that is not a line break.
    private mutating func advance() {
        index += 1
        column += 1
    }

    /// Moves past a line break (CRLF counts as one) and starts a new line.
    private mutating func consumeBreak() {
        if bytes[index] == Self.carriageReturn, next == Self.lineFeed { index += 1 }
        index += 1
        line += 1
        column = 1
    }

    /// Appends one character of field text, checking that it is valid UTF-8 and not NUL.
    private mutating func take() {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte == 0 {
                report(
                    "found a NUL byte", help: "the file looks like UTF-16 or binary; export the responses as CSV UTF-8",
                    at: here)
            }
            field.append(byte)
            advance()
            return
        }
        let length = Self.sequenceLength(bytes, at: index)
        if length == 0 {
            report(
                "the file is not valid UTF-8: found byte 0x\(TextCharacters.hexDigits(UInt32(byte), count: 2))",
                help:
                    "export it as \"CSV UTF-8\" (in Excel: Save As, then CSV UTF-8); form tools' own CSV downloads "
                    + "are UTF-8",
                at: here)
            field.append(contentsOf: [0xEF, 0xBF, 0xBD])
            advance()
            return
        }
        field.append(contentsOf: bytes[index..<(index + length)])
        index += length
        column += 1
    }

    /// The length of the valid UTF-8 sequence starting at `start`, or 0 when it is not valid
    /// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
    static func sequenceLength(_ bytes: [UInt8], at start: Int) -> Int {
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            start + offset < bytes.count && bytes[start + offset] >= low && bytes[start + offset] <= high
        }
        switch bytes[start] {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    private mutating func saveField() {
        let width = line == fieldStart.line ? column - fieldStart.column : 1
        fields.append(CSVField(text: String(decoding: field, as: UTF8.self), location: fieldStart, width: width))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord() {
        ended = CSVRecord(fields: fields, row: row, location: recordStart)
        fields.removeAll(keepingCapacity: true)
        state = .startRecord
    }

    /// Records a problem; one per line, so that a file in the wrong encoding gives one error
    /// a line rather than one a character.
    private mutating func report(_ message: String, help: String?, at location: SourceLocation) {
        guard location.line != lastProblemLine else { return }
        lastProblemLine = location.line
        problems.append(Problem(message: message, help: help, location: location, row: row, column: fields.count + 1))
    }
}
