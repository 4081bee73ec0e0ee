extension TeamAssessment {
    /// A team brief describes one organisation: answers naming different organisations are an
    /// error, since averaging them would describe neither. Spellings of one organisation (see
    /// ``OrganisationName``) are one, with a warning naming them; `named` (`--organisation`)
    /// is the name the brief uses, whatever the answers say, with a warning naming what it
    /// replaces. Returns the warnings.
    func checkOrganisations(named: String? = nil) throws(Diagnostics) -> Diagnostics {
        // Each organisation (by key), with each of its spellings and the files that use it.
        var organisations: [(key: String, spellings: [(name: String, files: [String])])] = []
        for member in members {
            guard let name = member.organisation?.trimmingWhitespace(), !name.isEmpty else { continue }
            let key = OrganisationName.key(name)
            guard let index = organisations.firstIndex(where: { $0.key == key }) else {
                organisations.append((key, [(name, [member.sourceName])]))
                continue
            }
            if let spelling = organisations[index].spellings.firstIndex(where: { $0.name == name }) {
                organisations[index].spellings[spelling].files.append(member.sourceName)
            } else {
                organisations[index].spellings.append((name, [member.sourceName]))
            }
        }
        func listed(_ files: [String]) -> String {
            files.prefix(3).joined(separator: ", ") + (files.count > 3 ? " and \(files.count - 3) more" : "")
        }
        let spellings = organisations.flatMap(\.spellings)
        if let named {
            let replaced = spellings.filter { $0.name != named }
            guard let first = replaced.first else { return Diagnostics() }
            let names = replaced.map { "\"\($0.name)\" (\(listed($0.files)))" }.joined(separator: ", ")
            return Diagnostics([
                Diagnostic(
                    .warning,
                    "the brief names the organisation \"\(named)\" (--organisation) where the answers say \(names)",
                    file: first.files.first ?? "")
            ])
        }
        guard organisations.count == 1 else {
            guard organisations.count > 1 else { return Diagnostics() }
            var problems = Diagnostics()
            for organisation in organisations {
                let files = organisation.spellings.flatMap(\.files)
                let names = organisation.spellings.map { "\"\($0.name)\"" }.joined(separator: " or ")
                problems.append(
                    Diagnostic(
                        .error, "these answers describe the organisation \(names) (\(listed(files)))",
                        file: files.first ?? "",
                        help: "a team brief is for one organisation; correct the `organisation:` of the odd ones out, "
                            + "brief each organisation separately, or name the one organisation with "
                            + "--organisation NAME"
                    ))
            }
            throw problems
        }
        guard spellings.count > 1 else { return Diagnostics() }
        let names = spellings.map { "\"\($0.name)\" (\(listed($0.files)))" }.joined(separator: ", ")
        return Diagnostics([
            Diagnostic(
                .warning,
                "the answers spell one organisation \(spellings.count) ways, taken as one: \(names); "
                    + "the brief says \"\(spellings[0].name)\"",
                file: spellings[1].files.first ?? "",
                help: "to choose the name the brief uses, pass --organisation NAME")
        ])
    }
}
