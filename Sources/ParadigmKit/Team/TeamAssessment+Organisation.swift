extension TeamAssessment {
    /// Every spelling of the organisation the answers give, in order of first appearance (see
    /// ``OrganisationName``): what a brief merged into the one name it uses. With
    /// ``namedOrganisation``, every name the answers give that differs from it: what it replaced.
    package var organisationSpellings: [String] {
        var seen: Set<String> = []
        var spellings: [String] = []
        for member in members {
            guard let name = member.organisation?.trimmingWhitespace(), !name.isEmpty, name != namedOrganisation
            else { continue }
            if seen.insert(name).inserted { spellings.append(name) }
        }
        return spellings
    }
}
