import Foundation

/// Realistic organisation profiles with the result a reviewer expects for each: the yardstick
/// that a change of weights is checked against (`Examples/profiles/profiles.yaml`).
///
/// The manifest lists `profiles:`, each with `file:` (an answers file, relative to the
/// manifest), `organisation:`, `recommendation:` (a candidate model id), `as_is:` (a candidate
/// model id or `undefined`), optionally `close: yes`, and `why:`.
package struct ProfileSet: Sendable {
    /// One profile and its expectation.
    package struct Profile: Sendable {
        /// The answers file, as the manifest names it.
        package let file: String
        /// The organisation's name.
        package let organisation: String
        /// The candidate model a reviewer expects to be recommended.
        package let recommendation: Stance
        /// Today's model as a reviewer reads it; `nil` for undefined.
        package let asIs: Stance?
        /// Whether the call is meant to be close.
        package let close: Bool
        /// Why, in a reviewer's words.
        package let why: String
    }

    /// What the model gave for one profile.
    package struct Result: Sendable {
        /// The profile.
        package let profile: Profile
        /// The assessment of its answers.
        package let assessment: Assessment

        /// Whether the recommendation is the expected one.
        package var recommendationHits: Bool { assessment.recommendation == profile.recommendation }
        /// Whether the as-is reading is the expected one (undefined included).
        package var asIsHits: Bool {
            profile.asIs == nil ? assessment.isUndefined : assessment.asIs == profile.asIs
        }
    }

    /// The profiles in manifest order.
    package let profiles: [Profile]
    /// The folder the manifest is in.
    package let folder: URL

    /// Reads a manifest, reporting every problem located.
    package static func load(_ source: SourceFile, folder: URL) throws(Diagnostics) -> ProfileSet {
        let document = try DocumentParser.parse(source)
        let reader = SchemaReader(source: source)
        var profiles: [Profile] = []
        if let root = document.root, let top = reader.mapping(root, "the profile manifest") {
            let keys = reader.keys(of: top, allowed: ["profiles"], required: ["profiles"], in: "the profile manifest")
            if let node = keys["profiles"], let list = reader.sequence(node, "`profiles`") {
                profiles = list.items.compactMap { profile($0, reader) }
            }
        } else if document.root == nil {
            reader.error("the profile manifest is empty", at: SourceLocation(line: 1, column: 1))
        }
        try reader.finish()
        return ProfileSet(profiles: profiles, folder: folder)
    }

    private static func profile(_ node: Node, _ reader: SchemaReader) -> Profile? {
        guard let mapping = reader.mapping(node, "a profile") else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["file", "organisation", "recommendation", "as_is", "close", "why"],
            required: ["file", "organisation", "recommendation", "as_is", "why"], in: "a profile")
        let ids = Stance.allCases.map(\.rawValue)
        guard let file = reader.text(keys, "file", in: "a profile"),
            let recommendation = reader.word(keys, "recommendation", in: "profile `\(file)`", oneOf: ids).flatMap(
                Stance.init),
            let asIs = reader.word(keys, "as_is", in: "profile `\(file)`", oneOf: ids + ["undefined"])
        else { return nil }
        let close =
            keys["close"] == nil ? "no" : reader.word(keys, "close", in: "profile `\(file)`", oneOf: ["yes", "no"])
        return Profile(
            file: file, organisation: reader.text(keys, "organisation", in: "profile `\(file)`") ?? "",
            recommendation: recommendation, asIs: Stance(rawValue: asIs), close: close == "yes",
            why: reader.text(keys, "why", in: "profile `\(file)`") ?? "")
    }

    /// Assesses every profile's answers file against a questionnaire.
    package func results(with questionnaire: Questionnaire) throws -> [Result] {
        try profiles.map { profile in
            let url = folder.appendingPathComponent(profile.file)
            let source = SourceFile(name: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8))
            let answers = try AnswersLoader.load(source, questionnaire: questionnaire).answers
            return Result(profile: profile, assessment: try Assessor.assess(answers, with: questionnaire))
        }
    }
}
