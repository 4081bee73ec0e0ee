/// The stages of the buyer's journey an operating model assigns owners to: Gartner's six
/// buying jobs, then onboarding, renewal and expansion.
package enum JourneyStage: String, CaseIterable, Sendable {
    /// The buyer recognises a problem worth solving.
    case problemIdentification = "problem_identification"
    /// The buyer explores ways to solve it.
    case solutionExploration = "solution_exploration"
    /// The buyer writes down what a solution must do.
    case requirementsBuilding = "requirements_building"
    /// The buyer chooses among suppliers.
    case supplierSelection = "supplier_selection"
    /// The buyer checks that the choice is right.
    case validation
    /// The buying group agrees.
    case consensusCreation = "consensus_creation"
    /// The new customer starts using what it bought.
    case onboarding
    /// The customer renews.
    case renewal
    /// The customer buys more.
    case expansion

    /// The stage's name in a sentence's first position.
    package var title: String {
        switch self {
        case .problemIdentification: "Problem identification"
        case .solutionExploration: "Solution exploration"
        case .requirementsBuilding: "Requirements building"
        case .supplierSelection: "Supplier selection"
        case .validation: "Validation"
        case .consensusCreation: "Consensus creation"
        case .onboarding: "Onboarding"
        case .renewal: "Renewal"
        case .expansion: "Expansion"
        }
    }
}

/// What it takes to run each candidate model, as data (`Questionnaires/operating-model.yaml`):
/// the design elements, what each looks like under each model, how the answers show its state
/// today, the step that closes a gap, and who owns each stage of the buyer's journey. The
/// targets and owners are this tool's interpretation.
package struct OperatingModel: Sendable {
    /// A role a step or a stage names, with the name the organisation's answers give it.
    package struct Role: Sendable {
        /// Stable id.
        package let id: String
        /// The name when no `names:` condition holds.
        package let name: String
        /// Names that replace `name` when their condition holds, first match first.
        package let names: [(condition: Condition, name: String)]
        /// The conditions, any of which shows the role exists; empty when every organisation
        /// has it. A `names:` condition that holds shows it too.
        package let existsWhen: [Condition]
        /// When the role is being hired: its steps wait for the hire.
        package let hiredWhen: Condition?
        /// The role's name while it is being hired.
        package let hiredName: String?
        /// The conditions, any of which shows the organisation has no such role.
        package let absentWhen: [Condition]
        /// What the brief says when the answers show there is none ("no one is accountable for
        /// the whole revenue number today"); `nil`: "there is no" and the role's name.
        package let absentReason: String?
        /// The roles that hold its duties while it does not exist, tried in order: the first the
        /// answers show does (none: someone must be named).
        package let standIns: [String]
    }

    /// One design element.
    package struct Element: Sendable {
        /// Stable id.
        package let id: String
        /// What a brief calls it.
        package let title: String
        /// The elements whose gaps must be closed first.
        package let after: [String]
        /// The element exists only when this holds.
        package let appliesWhen: Condition?
        /// The element does not apply when this holds.
        package let skipWhen: Condition?
        /// The element exists but this organisation does not need it when this holds: the brief
        /// says so, with `notNeededBecause`, instead of marking it in place or missing.
        package let notNeededWhen: Condition?
        /// Why it is not needed, as the brief says it ("there are no SDR, customer success or
        /// growth teams").
        package let notNeededBecause: String?
        /// Whether it only makes sense with two separate departments.
        package let twoDepartments: Bool
        /// The step a small company gets instead, if any.
        package let smallCompany: String?
        /// A starter template shown when the element is missing or partly there.
        package let starter: String?
        /// Where it is defined.
        package let location: SourceLocation
    }

    /// What one element looks like under one model, and how the answers show it.
    package struct Design: Sendable {
        /// The element's id.
        package let element: String
        /// What the element looks like when the model runs well.
        package let target: String
        /// When the answers show it in place.
        package let inPlace: Condition?
        /// When the answers show it partly there.
        package let partly: Condition?
        /// The action that closes the gap.
        package let step: String
        /// The role accountable for the step.
        package let owner: String
        /// Roles that contribute.
        package let with: [String]
        /// The visible result of the step.
        package let result: String
        /// The part of the target no question asks about (a written mandate, a brand floor):
        /// an element the answers show in place is "in place as far as the answers show", and
        /// the brief names this part as not shown.
        package let notShown: String?
    }

    /// Who owns one stage of the journey under one model.
    package struct Ownership: Sendable {
        /// The stage.
        package let stage: JourneyStage
        /// The accountable role.
        package let accountable: String
        /// Contributing roles.
        package let contributes: [String]
        /// Why, as this tool reads the model.
        package let why: String
    }

    /// What the answers show about who looks after one stage of the journey today: the first
    /// reading whose condition holds; none, and today's owner is not known.
    package struct TodayOwner: Sendable {
        /// The stage.
        package let stage: JourneyStage
        /// Readings, first match first.
        package let readings: [(condition: Condition, name: String)]
    }

    /// A candidate model whose defining preconditions the facts rule out: shown as ruled out,
    /// with the fact, never as the runner-up or the model ready now.
    package struct RuledOut: Sendable {
        /// The candidate.
        package let stance: Stance
        /// When the facts rule it out.
        package let condition: Condition
        /// Why, in words that complete "ruled out: …".
        package let why: String
    }

    /// One candidate model's operating model.
    package struct Model: Sendable {
        /// The candidate.
        package let stance: Stance
        /// How it runs, day to day.
        package let summary: String
        /// One design per element, in the elements' order.
        package let designs: [Design]
        /// One owner per stage, in journey order.
        package let journey: [Ownership]
    }

    /// The plain statement that this is the tool's interpretation.
    package let interpretation: String
    /// Every role named.
    package let roles: [Role]
    /// The design elements in the order a brief lists them.
    package let elements: [Element]
    /// One operating model per candidate.
    package let models: [Model]
    /// The facts that drift over time, for "when to revisit".
    package let revisit: [String]
    /// When the organisation is small enough for founder-stage advice.
    package let smallCompany: Condition?
    /// Who looks after each stage of the journey today, as the answers show it.
    package let journeyToday: [TodayOwner]
    /// The depth of today's practice (Kotler's four stages); `nil` when the data gives none.
    package let depth: DepthScale?
    /// The candidates the facts can rule out, and when.
    package let ruledOut: [RuledOut]
    /// The phrases whose wording follows the business (``Phrase``).
    package let phrases: [Phrase]
    /// Rules before structure (``RulesFirst``); `nil` when the data gives no such rule.
    package let rulesFirst: RulesFirst?
    /// Who gains and who loses authority in the move to each model (``Authority``).
    package let authority: [Authority]
    /// What running each model costs (``Cost``).
    package let costs: [Cost]
    /// The offsite questions the facts or the respondent's own words call for (``OffsiteQuestion``).
    package let offsiteQuestions: [OffsiteQuestion]

    /// The operating model of a candidate.
    package func model(_ stance: Stance) -> Model? { models.first { $0.stance == stance } }

    /// The element with an id.
    package func element(_ id: String) -> Element? { elements.first { $0.id == id } }

    /// The role with an id.
    package func role(_ id: String) -> Role? { roles.first { $0.id == id } }
}
