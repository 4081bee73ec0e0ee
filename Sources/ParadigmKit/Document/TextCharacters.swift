/// Which characters a document may hold, shared by the decoder, the parser and the writer.
///
/// The set follows PyYAML's reader, which refuses C0 controls other than TAB, LF and CR, DEL,
/// C1 controls and U+FFFE/U+FFFF. We also refuse the characters PyYAML reads as line breaks
/// (U+0085, U+2028, U+2029), a byte-order mark after the start, and a CR without an LF: each would
/// make a file mean something other than what an editor shows.
enum TextCharacters {
    /// Why `scalar` may not appear in a document, as a message and a help line, or `nil` when it
    /// may. TAB and LF are allowed; CR is refused here because the line splitter has already
    /// removed every CR that ends a line together with an LF.
    static func refusal(for scalar: Unicode.Scalar) -> (message: String, help: String)? {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A:
            return nil
        case 0x0D:
            return (
                "found a carriage return (CR) without a line feed",
                "save the file with LF or CRLF line endings"
            )
        case 0x00:
            return (
                "found a NUL character (U+0000)",
                "the file looks binary or is not UTF-8 text; save it as UTF-8, and inside double "
                    + "quotes write `\\0` for a NUL character"
            )
        case 0x85, 0x2028, 0x2029:
            let name = value == 0x85 ? "NEXT LINE" : value == 0x2028 ? "LINE SEPARATOR" : "PARAGRAPH SEPARATOR"
            let escape = value == 0x85 ? "\\N" : value == 0x2028 ? "\\L" : "\\P"
            return (
                "found \(hex(scalar)) (\(name)), which YAML reads as a line break",
                "use an ordinary line break; inside double quotes, write `\(escape)` for this character"
            )
        case 0xFEFF:
            return (
                "found a byte-order mark (U+FEFF) inside the text",
                "delete it; a byte-order mark may only start the file"
            )
        case 0x01...0x1F, 0x7F...0x9F:
            return (
                "found the control character \(hex(scalar))",
                "delete it; to put it in a value, write `\\u\(hexDigits(value, count: 4))` inside double quotes"
            )
        case 0xFFFE, 0xFFFF:
            return (
                "found the non-character \(hex(scalar))",
                "delete it; to put it in a value, write `\\u\(hexDigits(value, count: 4))` inside double quotes"
            )
        default:
            return nil
        }
    }

    /// Whether `scalar` may appear in a document's text outside line breaks (TAB included).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && refusal(for: scalar) == nil
    }

    /// `U+0041` style name of a scalar.
    static func hex(_ scalar: Unicode.Scalar) -> String {
        "U+" + hexDigits(scalar.value, count: 4)
    }

    /// Upper-case hexadecimal digits of `value`, left-padded with zeros to `count`.
    static func hexDigits(_ value: UInt32, count: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, count - digits.count)) + digits
    }
}
