/// The version of Paradigm Advisor: what `paradigm --version` prints and what every JSON
/// document names as its generator.
package enum ProductVersion {
    /// The version, e.g. `1.0.0`.
    package static let current = "1.0.0"
}
