import Foundation
import Testing

@testable import ParadigmKit

/// The CSV reader, case by case: what it reads, and what it refuses with which message where.
@Suite struct CSVReaderTests {
    struct ReadCase: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        let delimiter: CSVDelimiter?
        let expected: [[String]]
        var testDescription: String { name }

        init(_ name: String, _ input: String, delimiter: CSVDelimiter? = .comma, _ expected: [[String]]) {
            self.name = name
            self.input = input
            self.delimiter = delimiter
            self.expected = expected
        }
    }

    static let readCases: [ReadCase] = [
        ReadCase("plain fields, LF", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ReadCase("CRLF row ends", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ReadCase("lone CR row ends", "a,b\r1,2\r", [["a", "b"], ["1", "2"]]),
        ReadCase("last row without a line break", "a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ReadCase("empty input", "", []),
        ReadCase("empty fields", ",a,,\n", [["", "a", "", ""]]),
        ReadCase("trailing delimiter at end of input", "a,", [["a", ""]]),
        ReadCase("blank line is a record without fields", "a\n\nb\n", [["a"], [], ["b"]]),
        ReadCase("quoted empty field is one empty field", "\"\"\n", [[""]]),
        ReadCase("quoted comma", "\"a,b\",c\n", [["a,b", "c"]]),
        ReadCase("doubled quotes", "\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),
        ReadCase("only a doubled quote", "\"\"\"\"\n", [["\""]]),
        ReadCase("LF inside quotes is kept", "\"line 1\nline 2\",b\n", [["line 1\nline 2", "b"]]),
        ReadCase("CRLF inside quotes is kept", "\"line 1\r\nline 2\"\r\n", [["line 1\r\nline 2"]]),
        ReadCase("lone CR inside quotes is kept", "\"a\rb\"\n", [["a\rb"]]),
        ReadCase("quote inside an unquoted field is text", "5\" screen,a\"b\"\n", [["5\" screen", "a\"b\""]]),
        ReadCase("space before a quote makes it unquoted", " \"a\",b\n", [[" \"a\"", "b"]]),
        ReadCase("spaces are kept", " a , b \n", [[" a ", " b "]]),
        ReadCase("BOM is skipped", "\u{FEFF}name,role\nAna,cmo\n", [["name", "role"], ["Ana", "cmo"]]),
        ReadCase("BOM inside the text is kept", "a,\u{FEFF}b\n", [["a", "\u{FEFF}b"]]),
        ReadCase("unicode", "Zoë,東京,👍🏽\n", [["Zoë", "東京", "👍🏽"]]),
        ReadCase(
            "ragged rows are read as they are", "a,b,c\n1\n1,2,3,4\n", [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]),
        ReadCase("semicolons chosen", "a;b\n\"1;5\";2\n", delimiter: .semicolon, [["a", "b"], ["1;5", "2"]]),
        ReadCase(
            "semicolons detected", "name;role;company_size\nAna;cmo;\"1,000 to 4,999\"\n", delimiter: nil,
            [["name", "role", "company_size"], ["Ana", "cmo", "1,000 to 4,999"]]),
        ReadCase("commas win a tie", "a;b,c\n", delimiter: nil, [["a;b", "c"]]),
        ReadCase(
            "quoted delimiters do not count in detection", "\"a,b,c\";d;e\n", delimiter: nil, [["a,b,c", "d", "e"]]),
        ReadCase("tabs detected", "a\tb\tc\n1\t2\t3\n", delimiter: nil, [["a", "b", "c"], ["1", "2", "3"]]),
        ReadCase("comma is text in a semicolon file", "a,b;c\n", delimiter: .semicolon, [["a,b", "c"]]),
    ]

    @Test(arguments: readCases)
    func reads(_ testCase: ReadCase) throws {
        let document = try read(testCase.input, delimiter: testCase.delimiter)
        #expect(document.records.map(\.texts) == testCase.expected)
    }

    @Test func recordsKeepTheirRowsAndLocations() throws {
        let document = try read("\u{FEFF}a,\"b\nc\"\r\n\nzoë,\"x\"\n")
        #expect(document.records.map(\.row) == [1, 2, 3])
        #expect(document.records.map(\.location) == [loc(1, 1), loc(3, 1), loc(4, 1)])
        let fields = document.records[0].fields
        #expect(fields.map(\.location) == [loc(1, 1), loc(1, 3)])
        #expect(document.records[2].fields.map(\.location) == [loc(4, 1), loc(4, 5)])
        #expect(document.records[2].fields.map(\.width) == [3, 3])
        #expect(document.line(2) == "c\"")
        #expect(document.line(4) == "zoë,\"x\"")
    }

    struct RefusalCase: Sendable, CustomTestStringConvertible {
        let name: String
        let input: [UInt8]
        let expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ input: String, _ expected: [String]) {
            self.init(name, Array(input.utf8), expected)
        }

        init(_ name: String, _ input: [UInt8], _ expected: [String]) {
            self.name = name
            self.input = input
            self.expected = expected
        }
    }

    static let refusalCases: [RefusalCase] = [
        RefusalCase(
            "text after a closing quote", "a,b\n1,\"two\"x,3\n",
            ["t.csv:2:8: error: row 2, column B: found text after the closing quote of a field"]),
        RefusalCase(
            "unclosed quote", "a,b\n1,\"two\n3\n",
            ["t.csv:2:3: error: row 2, column B: this quoted field is never closed"]),
        RefusalCase(
            "NUL byte", "a,b\n1,x\u{0}y\n",
            ["t.csv:2:4: error: row 2, column B: found a NUL byte"]),
        RefusalCase(
            "Latin-1 byte", Array("name\nJos".utf8) + [0xE9] + Array("\nZo".utf8) + [0xEB, 0x0A],
            [
                "t.csv:2:4: error: row 2, column A: the file is not valid UTF-8: found byte 0xE9",
                "t.csv:3:3: error: row 3, column A: the file is not valid UTF-8: found byte 0xEB",
            ]),
        RefusalCase(
            "overlong encoding", [0x61, 0x2C, 0xC0, 0xAF, 0x0A],
            ["t.csv:1:3: error: row 1, column B: the file is not valid UTF-8: found byte 0xC0"]),
        RefusalCase(
            "encoded surrogate", [0x61, 0xED, 0xA0, 0x80, 0x0A],
            ["t.csv:1:2: error: row 1, column A: the file is not valid UTF-8: found byte 0xED"]),
        RefusalCase(
            "truncated character at the end", [0x61, 0x2C, 0xE2, 0x82],
            ["t.csv:1:3: error: row 1, column B: the file is not valid UTF-8: found byte 0xE2"]),
        RefusalCase(
            "UTF-16", [0xFF, 0xFE, 0x61, 0x00],
            ["t.csv:1:1: error: the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8"]),
        RefusalCase(
            "one problem per line", "\"a\"x,\"b\"y\n",
            ["t.csv:1:4: error: row 1, column A: found text after the closing quote of a field"]),
    ]

    @Test(arguments: refusalCases)
    func refuses(_ testCase: RefusalCase) {
        do {
            let document = try CSVReader.read(Data(testCase.input), name: "t.csv", delimiter: .comma)
            Issue.record("read \(document.records.map(\.texts)) instead of refusing")
        } catch {
            let firstLines = error.items.map { $0.rendered.split(separator: "\n").first.map(String.init) ?? "" }
            #expect(firstLines == testCase.expected)
            #expect(error.items.allSatisfy { $0.help != nil }, "every refusal says how to fix it")
        }
    }

    @Test func refusalsShowTheLineAndACaret() {
        do {
            _ = try CSVReader.read(Data("name,notes\nAna,\"said \"hi\" twice\"\n".utf8), name: "r.csv")
            Issue.record("accepted a stray quote")
        } catch {
            #expect(
                error.rendered == """
                    r.csv:2:12: error: row 2, column B: found text after the closing quote of a field
                      |
                    2 | Ana,"said "hi" twice"
                      |            ^
                      = help: a quote inside a quoted field must be doubled: write "" for each "
                    1 error found.

                    """)
        }
    }

    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA")])
    func columnLetters(_ number: Int, _ letters: String) {
        #expect(CSVColumn.letters(number) == letters)
    }

    @Test func writerOutputReadsBack() throws {
        let rows = [
            ["plain", "with, comma", "with \"quote\"", "two\nlines", " padded ", ""], [""], ["é", "😀", "a;b", "x"],
        ]
        for delimiter in CSVDelimiter.allCases {
            let text = rows.map { CSVWriter.record($0, delimiter: delimiter) }.joined()
            #expect(try read(text, delimiter: delimiter).records.map(\.texts) == rows)
        }
    }

    private func read(_ text: String, delimiter: CSVDelimiter? = .comma) throws -> CSVDocument {
        do { return try CSVReader.read(Data(text.utf8), name: "t.csv", delimiter: delimiter) } catch {
            throw Failure(error.rendered)
        }
    }

    private func loc(_ line: Int, _ column: Int) -> ParadigmKit.SourceLocation {
        ParadigmKit.SourceLocation(line: line, column: column)
    }
}

/// The lines a diagnostic shows under a CSV error, found on demand.
@Suite struct CSVLinesTests {
    @Test(arguments: [
        ("", [""]), ("a", ["a"]), ("a\n", ["a"]), ("a\nb", ["a", "b"]), ("a\r\nb\r\n", ["a", "b"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb", ["a", "", "b"]), ("\u{FEFF}x,y\nz", ["x,y", "z"]), ("\"q\nr\",s\nt", ["\"q", "r\",s", "t"]),
        ("a\r\r\nb", ["a", "", "b"]), ("é,ü\n", ["é,ü"]),
    ])
    func linesAreThePhysicalLines(_ text: String, _ expected: [String]) {
        let lines = CSVLines(Array(text.utf8))
        #expect((1...expected.count).map(lines.line) == expected)
        #expect(lines.line(expected.count + 1) == "")
        #expect(lines.line(0) == "")
    }
}
