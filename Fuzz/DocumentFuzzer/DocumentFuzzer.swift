import Foundation
import FuzzSupport
import ParadigmKit

/// libFuzzer entry point for the document parser: bytes are decoded and parsed as the command
/// line does, and parsed again without the shortcut for simple lines, which must give the same
/// tree or the same errors; a document that parses is rendered with ``DocumentWriter`` and must
/// parse back to the same tree, and rendering that must give the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    guard let source = FuzzCheck.decode(input, input: input) else { return 0 }
    let general = Result { () throws(Diagnostics) in try DocumentParser.parse(source, shortcuts: false).root }
    let document: Document
    do {
        document = try DocumentParser.parse(source)
    } catch {
        guard general == .failure(error) else {
            FuzzCheck.fail("the shortcut for simple lines reports differently:\n\(error.rendered)", input: input)
        }
        FuzzCheck.check(error, input: input)
        return 0
    }
    guard general == .success(document.root) else {
        FuzzCheck.fail("the shortcut for simple lines reads the document differently", input: input)
    }
    guard let root = document.root else { return 0 }
    let rendered = DocumentWriter.render(root)
    let again: Document
    do {
        again = try DocumentParser.parse(text: rendered, name: "fuzz.yaml")
    } catch {
        FuzzCheck.fail("the rendered document does not parse:\n\(rendered)\n\(error.rendered)", input: input)
    }
    guard let reread = again.root, Shape(reread) == Shape(root) else {
        FuzzCheck.fail("the rendered document reads back differently:\n\(rendered)", input: input)
    }
    guard DocumentWriter.render(reread) == rendered else {
        FuzzCheck.fail("rendering is not stable:\n\(rendered)", input: input)
    }
    return 0
}
