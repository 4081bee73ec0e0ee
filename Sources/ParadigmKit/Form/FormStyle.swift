/// The browser form's style sheet: system fonts only, readable on a phone, visible focus, and
/// colours that keep their contrast in dark mode.
enum FormStyle {
    /// The CSS, inlined in the page.
    static let css = #"""
        :root { color-scheme: light dark; --ink: #1d2330; --muted: #596275; --line: #c9cfdb; --accent: #1f5fbf;
          --accent-ink: #ffffff; --paper: #ffffff; --panel: #f4f6fa; --error: #b3261e; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e8ebf2; --muted: #aab2c3; --line: #4a5366; --accent: #7fb0ff; --accent-ink: #0b1426;
            --paper: #141822; --panel: #1d2230; --error: #ffb4ab; }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--paper); color: var(--ink);
          font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
        h1 { font-size: 1.35rem; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.6rem; margin: 1.5rem 0 0.5rem; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
        h2:focus { outline: none; }
        header { border-bottom: 1px solid var(--line); padding-bottom: 0.75rem; }
        .progress-text { margin: 0 0 0.35rem; color: var(--muted); font-size: 0.95rem; }
        progress { width: 100%; height: 0.6rem; accent-color: var(--accent); }
        .intro { color: var(--muted); }
        .question { margin: 1.25rem 0; padding: 1rem; background: var(--panel); border: 1px solid var(--line);
          border-radius: 0.5rem; }
        .question[hidden] { display: none; }
        fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
        .prompt { display: block; font-weight: 600; font-size: 1.05rem; margin: 0 0 0.35rem; padding: 0; }
        .hint { margin: 0.25rem 0 0.5rem; color: var(--muted); font-size: 0.92rem; }
        .help { margin: 0.25rem 0; font-size: 0.95rem; }
        .help summary { cursor: pointer; color: var(--accent); }
        .help p { margin: 0.4rem 0; }
        .condition { margin: 0.5rem 0 0; color: var(--muted); font-size: 0.88rem; font-style: italic; }
        .choices { display: grid; gap: 0.35rem; }
        .checklist-row { margin: 0.5rem 0; padding: 0.6rem 0.8rem; }
        .checklist-row .element { display: block; font-weight: 600; }
        .checklist-row .choices { display: flex; flex-wrap: wrap; gap: 0.3rem; }
        .checklist-row .choice { padding: 0.25rem 0.5rem; font-size: 0.95em; }
        .choices.scale { grid-template-columns: repeat(5, minmax(0, 1fr)); }
        .choices.scale .unsure { grid-column: 1 / -1; }
        .choices.scale .choice:not(.unsure) { flex-direction: column; gap: 0.25rem; overflow-wrap: anywhere; }
        .choice { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.45rem 0.6rem; border:
            1px solid var(--line);
          border-radius: 0.4rem; background: var(--paper); cursor: pointer; }
        .choice.inline { display: inline-flex; align-items: center; }
        .choice input { margin: 0.3rem 0 0; flex: none; width: 1.1rem; height: 1.1rem; accent-color: var(--accent); }
        .choice.inline input { margin: 0; }
        .choice.unsure { border-style: dashed; }
        .choice:has(input:checked) { border-color: var(--accent); box-shadow: inset 0 0 0 1px var(--accent); }
        .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
        input[type=text], select, textarea { font: inherit; color: inherit; background: var(--paper);
          border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.5rem 0.6rem; max-width: 100%; }
        input[type=text], select { width: 22rem; }
        .row input[type=text] { width: 12rem; }
        textarea { width: 100%; }
        .unit { color: var(--muted); }
        .field { margin: 1rem 0; }
        .field label { display: block; font-weight: 600; }
        [aria-invalid=true] { border-color: var(--error); box-shadow: 0 0 0 1px var(--error); }
        .error { color: var(--error); font-weight: 600; margin: 0.5rem 0 0; }
        .error[hidden] { display: none; }
        .buttons { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.5rem 0 0.5rem; }
        button { font: inherit; font-weight: 600; padding: 0.6rem 1.2rem; border-radius: 0.4rem;
          border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer;
          min-height: 2.75rem; }
        button.secondary { background: transparent; color: var(--accent); }
        button.link { background: none; border: 0; padding: 0.2rem 0; min-height: 0; color: var(--accent); font-weight:
            500;
          text-decoration: underline; }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .saved, .status { color: var(--muted); font-size: 0.9rem; }
        dl.review { margin: 0; }
        dl.review dt { font-weight: 600; margin-top: 0.75rem; }
        dl.review dd { margin: 0.15rem 0 0; color: var(--muted); white-space: pre-wrap; }
        .finish textarea { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
        @media (max-width: 30rem) {
          body { font-size: 16px; }
          main { padding: 0.75rem 0.75rem 2rem; }
          h2 { font-size: 1.35rem; }
          .question { padding: 0.75rem; }
          .choices.scale { grid-template-columns: 1fr; }
          .choices.scale .choice:not(.unsure) { flex-direction: row; gap: 0.5rem; }
          input[type=text], select { width: 100%; }
          .buttons button { flex: 1 1 auto; }
        }
        """#
}
