@testable import ParadigmKit

/// Test input with positions marked by the circled digits ① to ⑨ (as swift-format's
/// `MarkedText` does with emoji): the markers are removed, and each names the location of the
/// character that followed it.
struct MarkedText {
    /// The input without markers.
    let text: String
    /// Where each marker stood, by its number.
    let markers: [Int: SourceLocation]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [Int: SourceLocation] = [:]
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if (0x2460...0x2468).contains(scalar.value) {
                markers[Int(scalar.value - 0x2460) + 1] = SourceLocation(line: line, column: column)
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.markers = markers
    }

    /// The location of marker `number`; line 0 when the marker is missing, so that a
    /// comparison fails visibly.
    subscript(_ number: Int) -> SourceLocation {
        markers[number] ?? SourceLocation(line: 0, column: 0)
    }
}
