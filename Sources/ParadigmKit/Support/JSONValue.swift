/// A JSON document built in code and written with its keys in the order they were given, so
/// that the same value always gives the same bytes (no dictionary order, no locale).
package enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, written with at most four decimals.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, its keys in order.
    case object([(String, JSONValue)])

    /// The document as text: two-space indentation, one key per line, a final line break.
    package var rendered: String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += JSONValue.format(value)
        case .string(let value): out += JSONValue.quote(value)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .object(let entries):
            guard !entries.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, (key, value)) in entries.enumerated() {
                out += pad + JSONValue.quote(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += index == entries.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        }
    }

    /// A finite number rounded to four decimals, whole numbers without a decimal point;
    /// infinities and NaN (which JSON cannot hold) as `null`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Two values are equal when they render to the same JSON text.
    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered == rhs.rendered }
}

extension JSONValue {
    /// A string, or `null` for `nil`.
    static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
}
