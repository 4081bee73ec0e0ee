/// The paper a PDF and a printed HTML page are laid out for: `--paper`, or the locale's.
public enum Paper: String, CaseIterable, Sendable {
    /// ISO A4.
    case a4
    /// US Letter.
    case letter

    /// The territories that print on US Letter; every other territory prints on A4.
    static let letterTerritories: Set<String> = [
        "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO",
    ]

    /// The locale's paper, from the territory of `LC_ALL`, `LC_PAPER` or `LANG` (the first set,
    /// as the C library reads them): `de_DE.UTF-8` prints on A4, `en_US.UTF-8` on Letter. Without
    /// a territory (`C`, `POSIX`, `C.UTF-8`, unset), Letter, as pandoc and LaTeX default to.
    public init(locale environment: [String: String]) {
        let name = ["LC_ALL", "LC_PAPER", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let language = name.split(separator: ".").first.map(String.init) ?? name
        let parts = language.split(separator: "_")
        guard parts.count >= 2, let territory = parts[1].split(separator: "@").first else {
            self = .letter
            return
        }
        self = Self.letterTerritories.contains(territory.uppercased()) ? .letter : .a4
    }

    /// The CSS `@page` size.
    var css: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }

    /// pandoc's `papersize` variable for LaTeX (`a4` gives the `a4paper` class option).
    var pandocVariable: String { "papersize=\(rawValue)" }
}
