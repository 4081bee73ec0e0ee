extension BriefRenderer {
    /// Appendix C: how the three solidity checks are computed, in words and formulas.
    func solidityMethod(_ md: inout Markdown, _ sensitivity: Sensitivity) {
        let settings = sensitivity.robustness.settings
        md.heading(2, "Appendix C: how solid is this, the method")
        md.paragraph(
            """
            **Pivotal answers.** Each answered question is given, one at a time, every other answer \
            it allows: each other option; for a number, each other band (scored with the band's \
            smallest value); for multiple choice, each single option and the chosen set with one \
            option added or removed; and no answer at all. Follow-up questions whose condition no \
            longer holds are dropped, and the answers are scored again. An answer is pivotal when \
            the recommendation changes: another paradigm, or subservient in the other direction. \
            They are listed by how little has to change: fewest answers changed (the question \
            plus any follow-ups it drops), then fewest steps away (points on a scale, bands of a \
            number, options added or removed), then the largest lead of the new recommendation.
            """)
        md.paragraph(
            """
            **Question importance.** Every answered question's importance *w* is multiplied by \
            a factor drawn uniformly from 1 – \(settings.spread.plain) to 1 + \(settings.spread.plain), \
            independently, and every option weight of every answered question moves by a uniform draw \
            from –\(settings.optionSpread.plain) to +\(settings.optionSpread.plain) points (the bounds \
            follow the moved options), \(settings.draws.readable) times (SplitMix64 generator, \
            fixed seed \(settings.seed), so the brief is the same on every run); each draw is scored with the \
            formula of Appendix B and the winner counted. The single-importance flip is exact: with \
            every other importance fixed, a stance scores 100 × (N + w·n) ÷ (D + w·d), where N and D \
            are the other questions' points above floor and ceiling above floor, and n and d are \
            this question's per unit of importance. The recommendation ties with another stance \
            where (N1 + w·n1)(D2 + w·d2) = (N2 + w·n2)(D1 + w·d1), with 1 for the recommendation and 2 for the other \
            stance,, a quadratic equation in w solved \
            in closed form; the root nearest the questionnaire's importance, between 0 and \
            \(WeightRobustness.maximumWeight.plain), at which the recommendation really changes is \
            reported.
            """)
        md.paragraph(
            """
            **Unsure answers.** An unsure answer adds nothing to a score. Answering it adds \
            l = importance × (chosen – lowest weight) above the line and \
            d = importance × (highest – lowest weight) below, so a stance's score over the unsure \
            questions is 100 × (N + the sum of l) ÷ (D + the sum of d), each question chosen independently (or left \
            unsure). Its exact maximum is found by Dinkelbach's iteration: starting from today's \
            score r, pick for each question the answer that maximises l – r·d; the new ratio is \
            at least r, and when it stops rising it is the maximum. The minimum is found the same \
            way. The recommendation holds for certain when its lowest score is above every other \
            stance's highest; otherwise, when there are at most \
            \(UnsureRange.enumerationLimit.readable) combinations, every combination is scored; \
            beyond that the brief says it may change. Multiple-choice answers score the mean of \
            their options, so single options reach every extreme.
            """)
    }
}
