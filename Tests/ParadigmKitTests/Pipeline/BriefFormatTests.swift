import Foundation
import Testing

@testable import ParadigmKit

/// Every output format is handled: each one the command line offers is a case of the enum, and
/// the library makes a brief in each (single and team), so a case added without its renderer
/// fails here as well as at every exhaustive switch.
@Suite struct BriefFormatTests {
    static let single = Paths.examples.appendingPathComponent("siloed-industrial-distributor.yaml")
    static let team = ["ceo.yaml", "cmo.yaml", "cro.yaml", "sales-rep.yaml"]

    @Test func theOptionsOfferExactlyTheEnumsCases() {
        #expect(BriefCommand.format.values == BriefFormat.allCases.map(\.rawValue))
        #expect(TemplateCommand.format.values == TemplateFormat.allCases.map(\.rawValue))
        #expect(CompareCommand.format.values == ComparisonFormat.allCases.map(\.rawValue))
    }

    @Test(arguments: BriefFormat.allCases)
    func everyExtensionNamesItsFormat(_ format: BriefFormat) {
        #expect(!format.extensions.isEmpty)
        for ext in format.extensions {
            let named = BriefFormat.named(by: "brief.\(ext.uppercased())")
            #expect(named?.extensions == format.extensions, "brief.\(ext) names \(String(describing: named))")
        }
    }

    @Test(arguments: BriefFormat.allCases)
    func aSingleBriefIsMadeInEveryFormatOrRefusedAsATeamOutput(_ format: BriefFormat) throws {
        let maker = BriefMaker(questionnaire: try Load.builtIn())
        let source = SourceFile(name: "answers.yaml", text: try Load.text(Self.single))
        do {
            let made = try maker.brief(source, BriefRequest(format: format, options: BriefOptions(date: "2026-01-31")))
            #expect(!format.isTeamOutput)
            switch made.output {
            case .text(let text): #expect(format.pandoc == nil && !text.isEmpty)
            case .pandoc(let markdown, let document): #expect(document == format.pandoc && !markdown.isEmpty)
            }
        } catch {
            guard case .request = error else { throw error }
            #expect(format.isTeamOutput)
        }
    }

    @Test(arguments: BriefFormat.allCases)
    func aTeamBriefIsMadeInEveryFormat(_ format: BriefFormat) throws {
        var files: [String: String] = [:]
        for name in Self.team {
            files[name] = try Load.text(Paths.examples.appendingPathComponent("team/\(name)"))
        }
        let request = TeamBriefRequest(format: format, options: TeamBriefOptions(date: "2026-01-31"))
        let brief = try BriefMaker(questionnaire: try Load.builtIn()).teamBrief(
            Self.team, reader: .inMemory(files), request)
        switch brief.output {
        case .text(let text): #expect(format.pandoc == nil && !text.isEmpty)
        case .pandoc(let markdown, let document): #expect(document == format.pandoc && !markdown.isEmpty)
        }
    }

    @Test(arguments: TemplateFormat.allCases)
    func everyTemplateFormatRenders(_ format: TemplateFormat) throws {
        #expect(!format.render(try Load.builtIn()).isEmpty)
    }
}
