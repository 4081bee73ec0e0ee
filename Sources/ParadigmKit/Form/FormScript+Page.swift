extension FormScript {
    /// The page: the respondent block, one page per section, the review, and saving as one goes.
    static let page = #"""
        (function () {
          "use strict";
          var R = window.ParadigmRules;
          var data = JSON.parse(document.getElementById("form-data").textContent);
          var KEY = "paradigm-form:" + data.questionnaire + ":" + data.version;
          var questions = [], byID = {};
          data.sections.forEach(function (section, index) {
            section.questions.forEach(function (q) { q.page = index + 1; questions.push(q); byID[q.id] = q; });
          });
          var REVIEW = data.sections.length + 1;
          var state = restore();
          var app = document.getElementById("app");

          function fresh() {
            return { respondent: { name: "", role: "", organisation: data.organisation }, answers: {}, page: 0,
              fromReview: false };
          }
          function restore() {
            var s = fresh();
            try {
              var saved = JSON.parse(window.localStorage.getItem(KEY) || "null");
              if (saved && typeof saved === "object" && saved.answers && saved.respondent) {
                s.answers = saved.answers;
                ["name", "role", "organisation"].forEach(function (k) {
                  if (typeof saved.respondent[k] === "string") s.respondent[k] = saved.respondent[k];
                });
                if (typeof saved.page === "number" && saved.page >= 0 && saved.page <= REVIEW) s.page = saved.page;
              }
            } catch (e) { /* no storage, or nothing usable in it: start afresh */ }
            return s;
          }
          function save() {
            try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode:
                keep going */ }
          }

          // The answers that count: valid, and to questions whose conditions hold, in order.
          function counting() {
            var values = {};
            questions.forEach(function (q) {
              if (!holds(q, values)) return;
              var raw = state.answers[q.id];
              if (raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return;
              if (q.rule.kind === "text") {
                raw = R.trim(raw);
                if (raw === "") return;
              }
              var result = R.read(q, raw);
              if (result.ok) values[q.id] = result.value;
            });
            return values;
          }
          // Whether the respondent's role is asked a question: a sales or marketing team member only
          // the questions about their own work, as in the interview.
          function ownWork() {
            return data.roles.some(function (r) { return r.id === state.respondent.role && r.ownWork; });
          }
          function routed(q) { return q.everyone || !ownWork(); }
          // The section pages the role is asked, in order.
          function sectionPages() {
            var pages = [];
            data.sections.forEach(function (section, index) {
              if (section.questions.some(routed)) pages.push(index + 1);
            });
            return pages;
          }
          function pageAfter(page) {
            var later = sectionPages().filter(function (p) { return p > page; });
            return later.length ? later[0] : REVIEW;
          }
          function pageBefore(page) {
            var earlier = sectionPages().filter(function (p) { return p < page; });
            return earlier.length ? earlier[earlier.length - 1] : 0;
          }
          function partText() {
            var pages = sectionPages(), at = pages.indexOf(state.page);
            return at >= 0 ? " · part " + (at + 1) + " of " + pages.length : "";
          }
          function holds(q, values) { return routed(q) && R.holds(q.when, values); }
          function respondent() {
            var who = state.respondent;
            return { name: R.trim(who.name), role: who.role, organisation: R.trim(who.organisation) };
          }
          function answersText() { return R.answersFile(data, respondent(), counting()); }

          // Small DOM helpers; every text goes in as text, never as markup.
          function el(tag, attrs, children) {
            var node = document.createElement(tag);
            Object.keys(attrs || {}).forEach(function (k) {
              if (k === "text") node.textContent = attrs[k];
              else if (k === "on") Object.keys(attrs.on).forEach(function (e) { node.addEventListener(e, attrs.on[e]);
                  });
              else if (attrs[k] !== false && attrs[k] !== null && attrs[k] !== undefined) {
                node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
              }
            });
            (children || []).forEach(function (c) {
              if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
            });
            return node;
          }
          function paragraphs(text, cls) {
            return text.split(/\n\s*\n/).filter(function (p) { return R.trim(p) !== ""; })
              .map(function (p) { return el("p", { "class": cls, text: R.trim(p).replace(/\s*\n\s*/g, " ") }); });
          }

          function go(page, focusID) {
            state.page = page;
            if (page === REVIEW) state.fromReview = false;
            save();
            render(focusID);
          }

          function render(focusID) {
            app.textContent = "";
            var values = counting(), applicable = questions.filter(function (q) { return holds(q, values); });
            var answered = applicable.filter(function (q) { return values[q.id] !== undefined; }).length;
            var header = el("header", {}, [
              el("h1", { text: data.title }),
              el("p", { "class": "progress-text", id: "progress-text", "aria-live": "polite",
                text: answered + " of " + applicable.length + " questions answered" + partText() }),
              el("progress", { id: "progress", max: String(applicable.length || 1), value: String(answered),
                "aria-labelledby": "progress-text" })
            ]);
            app.appendChild(header);
            var form = el("form", { id: "page", novalidate: true,
              on: { submit: function (e) { e.preventDefault(); next(); } } });
            app.appendChild(form);
            if (state.page === 0) renderAbout(form);
            else if (state.page === REVIEW) renderReview(form, values);
            else renderSection(form, data.sections[state.page - 1]);
            var target = focusID && document.getElementById(focusID);
            if (target) target.focus(); else { var h = form.querySelector("h2"); if (h) h.focus(); }
            window.scrollTo(0, 0);
            if (target && target.scrollIntoView) target.scrollIntoView({ block: "center" });
          }

          function nav(form, nextLabel) {
            var buttons = [];
            if (state.page > 0) buttons.push(el("button", { type: "button", id: "back", "class": "secondary", text:
                "Back",
              on: { click: function () { go(pageBefore(state.page)); } } }));
            if (state.fromReview && state.page !== REVIEW) buttons.push(el("button", { type: "button", id: "to-review",
              "class": "secondary", text: "Back to review", on: { click: function () { if (pageIsValid()) go(REVIEW);
                  } } }));
            if (nextLabel) buttons.push(el("button", { type: "submit", id: "next", text: nextLabel }));
            form.appendChild(el("nav", { "class": "buttons" }, buttons));
            form.appendChild(el("p", { "class": "saved", text:
                "Your answers are saved in this browser as you give them." }));
          }

          function renderAbout(form) {
            form.appendChild(el("h2", { tabindex: "-1", text: "About you" }));
            form.appendChild(el("p", { "class": "intro", text: "The questions come in parts, " +
              "each with a note on why it matters; some are asked only after certain answers, and the count above " +
              "shows how many apply so far. You can stop at any time and come back: your answers stay in this " +
              "browser until you download them or copy them at the end, and nothing is sent anywhere." }));
            function field(key, label, hint, autocomplete) {
              var input = el("input", { id: "respondent-" + key, type: "text", value: state.respondent[key],
                autocomplete: autocomplete,
                "aria-describedby": "respondent-" + key + "-hint",
                on: { input: function () { state.respondent[key] = input.value; save(); } } });
              return el("div", { "class": "field" }, [el("label", { "for": input.id, text: label }),
                el("p", { "class": "hint", id: input.id + "-hint", text: hint }), input]);
            }
            form.appendChild(field("name", "Your name", "Optional; a team brief can show roles instead of names.",
                "name"));
            var select = el("select", { id: "respondent-role", "aria-describedby": "respondent-role-hint",
              on: { change: function () { state.respondent.role = select.value; save(); } } },
              [el("option", { value: "", text: "Choose your role" })].concat(data.roles.map(function (r) {
                return el("option", { value: r.id, text: r.label, selected: state.respondent.role === r.id });
              })));
            form.appendChild(el("div", { "class": "field" }, [el("label", { "for": "respondent-role", text:
                "Your role" }),
              el("p", { "class": "hint", id: "respondent-role-hint",
                text: "A team brief compares executives with practitioners, " +
                "and marketing with sales. Sales and marketing team members are asked only about their own " +
                "work and their view of the relationship; the organisation's facts come from the leaders." }),
                    select]));
            form.appendChild(field("organisation", "Organisation", "The organisation these answers describe.",
                "organization"));
            nav(form, "Start");
          }

          function renderSection(form, section) {
            form.appendChild(el("h2", { tabindex: "-1", text: section.title }));
            paragraphs(section.intro, "intro").forEach(function (p) { form.appendChild(p); });
            section.questions.forEach(function (q) { form.appendChild(question(q)); });
            refresh();
            nav(form, pageAfter(state.page) === REVIEW ? "Review answers" : "Next");
          }

          // One question: a fieldset of radios or checkboxes, or a labelled field.
          function question(q) {
            var r = q.rule, id = "q-" + q.id, box = el("div", { "class": q.element ? "question checklist-row" : "question",
                id: id + "-box", "data-question": q.id });
            var legendID = id + "-prompt", hintID = id + "-hint", errorID = id + "-error";
            var hint = el("p", { "class": "hint", id: hintID, text: hintText(q) });
            var error = el("p", { "class": "error", id: errorID, role: "alert", hidden: true });
            var help = q.help ? el("details", { "class": "help" }, [el("summary", { text: "Why this matters" })]
              .concat(paragraphs(q.help, ""))) : null;
            var described = hintID + " " + errorID;
            var current = state.answers[q.id];
            function set(value) {
              if (value === undefined) delete state.answers[q.id]; else state.answers[q.id] = value;
              save();
              refresh();
            }
            if (r.kind === "number" || r.kind === "text") {
              var input;
              if (r.kind === "text") {
                input = el("textarea", { id: id, rows: "3", "aria-describedby": described,
                  on: { input: function () { set(input.value === "" ? undefined : input.value); } } });
                input.value = typeof current === "string" ? current : "";
              } else {
                input = el("input", { id: id, type: "text", inputmode: "decimal", autocomplete: "off",
                  "aria-describedby": described,
                  value: typeof current === "string" && current !== "unsure" ? current : "",
                  on: { input: function () {
                          hideError(q.id);
                          set(input.value === "" ? undefined : input.value);
                          if (unsure) unsure.checked = false;
                        },
                        change: function () { checkNumber(q); } } });
              }
              var unsure = null, row = [input];
              if (r.kind === "number" && r.unit) row.push(el("span", { "class": "unit", text: r.unit }));
              if (r.kind === "number" && r.unsure) {
                unsure = el("input", { type: "checkbox", id: id + "-unsure", checked: current === "unsure",
                  on: { change: function () {
                    if (!unsure.checked) return set(undefined);
                    input.value = "";
                    hideError(q.id);
                    set("unsure");
                  } } });
                row.push(el("label", { "class": "choice inline", "for": unsure.id }, [unsure, " Not sure"]));
              }
              box.appendChild(el("label", { "class": "prompt", id: legendID, "for": id, text: q.prompt }));
              [help, hint, el("div", { "class": "row" }, row), error].forEach(function (n) { if (n) box.appendChild(n);
                  });
            } else {
              var multiple = r.kind === "multiple", fieldset = el("fieldset", { "aria-describedby": described });
              // On the practice checklist, a row: the design element, then the question.
              fieldset.appendChild(q.element ? el("legend", { "class": "prompt", id: legendID },
                [el("span", { "class": "element", text: q.element }), q.prompt])
                : el("legend", { "class": "prompt", id: legendID, text: q.prompt }));
              if (help) fieldset.appendChild(help);
              fieldset.appendChild(hint);
              var list = el("div", { "class": r.kind === "scale" ? "choices scale" : "choices" });
              var options = q.choices.map(function (c) { return { id: c.id, label: c.label }; });
              if (r.unsure) options.push({ id: "unsure", label: "Not sure" });
              options.forEach(function (o, index) {
                var checked = multiple && Array.isArray(current) ? current.indexOf(o.id) >= 0 : current === o.id;
                var input = el("input", { type: multiple ? "checkbox" : "radio", name: id, id: id + "-" + index, value:
                    o.id,
                  checked: checked,
                  on: { change: function () { hideError(q.id); set(multiple ? picked(fieldset, o.id) : o.id); } } });
                list.appendChild(el("label", { "class": "choice" + (o.id === "unsure" ? " unsure" : ""), "for":
                    input.id },
                  [input, " " + o.label]));
              });
              fieldset.appendChild(list);
              if (!r.required || r.unsure) {
                fieldset.appendChild(el("button", { type: "button", "class": "link", text: "Clear answer",
                  on: { click: function () {
                    fieldset.querySelectorAll("input").forEach(function (i) { i.checked = false; });
                    set(undefined);
                  } } }));
              }
              fieldset.appendChild(error);
              box.appendChild(fieldset);
            }
            if (q.when.length) {
              box.appendChild(el("p", { "class": "condition",
                text: "Asked because of your answer to: " + q.when.map(function (c) {
                return "“" + (byID[c.question] ? byID[c.question].prompt : c.question) + "”";
              }).join(" and ") }));
            }
            return box;
          }
          // The checked options of a multiple choice; "Not sure" unticks the others and they untick it.
          function picked(fieldset, changed) {
            var boxes = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox]"));
            boxes.forEach(function (b) {
              if (changed === "unsure" && b.value !== "unsure" && b.checked && unsureChecked()) b.checked = false;
              if (changed !== "unsure" && b.value === "unsure") b.checked = false;
            });
            function unsureChecked() { return boxes.some(function (b) { return b.value === "unsure" && b.checked; }); }
            if (unsureChecked()) return "unsure";
            var ids = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
            return ids.length ? ids : undefined;
          }
          function hintText(q) {
            var r = q.rule;
            switch (r.kind) {
              case "number":
                return "A number from " + R.readable(r.min) + " to " + R.readable(r.max) + (r.unit ? " " + r.unit :
                    "") +
                  "; e.g. " + r.examples + "." + (r.unsure ? "" :
                      " An answer is needed.");
              case "text": return r.optional ? "Optional free text." : "Free text; an answer is needed.";
              case "multiple": return "Choose one or more." + (r.unsure ? "" : " An answer is needed.");
              case "scale": return "Choose 1 to 5." + (r.unsure ? "" : " An answer is needed.");
              default: return "Choose one." + (r.unsure ? "" : " An answer is needed.");
            }
          }

          // Shows the questions whose conditions hold and recounts the progress.
          function refresh() {
            var values = counting(), applicable = questions.filter(function (q) { return holds(q, values); });
            document.querySelectorAll("[data-question]").forEach(function (box) {
              box.hidden = !holds(byID[box.getAttribute("data-question")], values);
            });
            var answered = applicable.filter(function (q) { return values[q.id] !== undefined; }).length;
            var bar = document.getElementById("progress"), text = document.getElementById("progress-text");
            if (bar) { bar.max = applicable.length || 1; bar.value = answered; }
            if (text) text.textContent = answered + " of " + applicable.length + " questions answered" + partText();
          }

          function showError(id, message) {
            var e = document.getElementById("q-" + id + "-error"), input = document.getElementById("q-" + id);
            if (e) { e.textContent = message; e.hidden = false; }
            if (input) input.setAttribute("aria-invalid", "true");
          }
          function hideError(id) {
            var e = document.getElementById("q-" + id + "-error"), input = document.getElementById("q-" + id);
            if (e) { e.textContent = ""; e.hidden = true; }
            if (input) input.removeAttribute("aria-invalid");
          }
          function checkNumber(q) {
            var raw = state.answers[q.id];
            if (raw === undefined || raw === "unsure") return true;
            var result = R.read(q, raw);
            if (!result.ok) { showError(q.id, result.message); return false; }
            return true;
          }
          // Whether every shown question of the page may be left as it is; marks the first that may not.
          function pageIsValid() {
            if (state.page < 1 || state.page >= REVIEW) return true;
            var values = counting(), first = null;
            data.sections[state.page - 1].questions.forEach(function (q) {
              if (!holds(q, values)) return;
              var raw = state.answers[q.id], problem = null;
              if (raw !== undefined && raw !== "" && !(q.rule.kind === "text")) {
                var result = R.read(q, raw);
                if (!result.ok) problem = result.message;
              }
              if (!problem && values[q.id] === undefined && q.rule.required) {
                problem = "This question needs an answer" + (q.rule.kind === "text" ? "." :
                    "; it cannot be left unsure.");
              }
              if (problem) { showError(q.id, problem); if (!first) first = q; } else hideError(q.id);
            });
            if (first) {
              var target = document.getElementById("q-" + first.id) || document.querySelector("[name='q-" + first.id +
                  "']");
              if (target) target.focus();
              return false;
            }
            return true;
          }
          function next() {
            if (state.page >= REVIEW || !pageIsValid()) return;
            go(state.fromReview && state.page !== 0 ? REVIEW : pageAfter(state.page));
          }

          function shown(q, v) {
            if (v.unsure) return "Not sure";
            if (v.text !== undefined) return v.text;
            if (v.number !== undefined) return R.readable(v.number) + (q.rule.unit ? " " + q.rule.unit : "");
            if (q.rule.kind === "scale") return v.choice + " of 5";
            var ids = v.choices || [v.choice];
            return ids.map(function (id) {
              var c = q.choices.filter(function (c) { return c.id === id; })[0];
              return c ? c.label : id;
            }).join("; ");
          }

          function renderReview(form, values) {
            form.appendChild(el("h2", { tabindex: "-1", text: "Review your answers" }));
            form.appendChild(el("p", { "class": "intro",
              text: "Change any answer, then download the answers file and send it " +
              "to whoever prepares the brief, or copy the text into an email." }));
            var who = respondent(), role = data.roles.filter(function (r) { return r.id === who.role; })[0];
            var about = el("dl", { "class": "review" });
            [["Name", who.name], ["Role", role ? role.label : ""], ["Organisation",
                who.organisation]].forEach(function (pair) {
              about.appendChild(el("dt", { text: pair[0] }));
              about.appendChild(el("dd", {}, [pair[1] || el("em", { text: "Not given" })]));
            });
            form.appendChild(el("section", {}, [el("h3", {}, [
              "About you ", el("button", { type: "button", "class": "link", text: "Change",
                "aria-label": "Change: about you",
                on: { click: function () { state.fromReview = true; go(0, "respondent-name"); } } })]), about]));
            data.sections.forEach(function (section, index) {
              var list = el("dl", { "class": "review" });
              section.questions.forEach(function (q) {
                if (!holds(q, values)) return;
                var v = values[q.id];
                list.appendChild(el("dt", {}, [q.prompt + " ", el("button", { type: "button", "class": "link", text:
                    "Change",
                  "aria-label": "Change: " + q.prompt, on: { click: function () {
                    state.fromReview = true;
                    go(index + 1, q.rule.kind === "number" || q.rule.kind === "text" ? "q-" + q.id : "q-" + q.id +
                        "-0");
                  } } })]));
                list.appendChild(el("dd", {}, [v ? shown(q, v) : el("em", { text: "Not answered" })]));
              });
              form.appendChild(el("section", {}, [el("h3", { text: section.title }), list]));
            });
            var text = answersText(), name = R.fileName(who);
            var status = el("p", { "class": "status", id: "status", role: "status" });
            var preview = el("textarea", { id: "answers-text", readonly: true, rows: "12", "aria-label":
                "The answers file",
              spellcheck: "false" });
            preview.value = text;
            form.appendChild(el("section", { "class": "finish" }, [
              el("h3", { text: "Send your answers" }),
              el("div", { "class": "buttons" }, [
                el("button", { type: "button", id: "download", text: "Download " + name, on: { click: function () {
                  var url = URL.createObjectURL(new Blob([answersText()], { type: "application/x-yaml" }));
                  var a = el("a", { href: url, download: name });
                  document.body.appendChild(a);
                  a.click();
                  a.remove();
                  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
                  status.textContent = "Downloaded " + name + ".";
                } } }),
                el("button", { type: "button", id: "copy", "class": "secondary", text: "Copy the text",
                  on: { click: function () {
                  copy(answersText(), preview, status);
                } } })
              ]),
              status,
              el("label", { "for": "answers-text", "class": "prompt", text: "The answers file" }),
              preview
            ]));
            var back = el("nav", { "class": "buttons" }, [
              el("button", { type: "button", id: "back", "class": "secondary", text: "Back",
                on: { click: function () { go(pageBefore(REVIEW)); } } }),
              el("button", { type: "button", id: "restart", "class": "secondary", text: "Start again",
                on: { click: function () {
                if (window.confirm("Delete every answer in this browser and start again?")) { state = fresh(); go(0); }
              } } })
            ]);
            form.appendChild(back);
          }
          function copy(text, preview, status) {
            function fallback() {
              preview.focus();
              preview.select();
              var done = false;
              try { done = document.execCommand("copy"); } catch (e) { done = false; }
              status.textContent = done ? "Copied." : "Select the text below and copy it.";
            }
            if (navigator.clipboard && navigator.clipboard.writeText) {
              navigator.clipboard.writeText(text).then(function () { status.textContent = "Copied."; }, fallback);
            } else {
              fallback();
            }
          }

          window.ParadigmForm = { data: data, answersText: answersText,
            fileName: function () { return R.fileName(respondent()); } };
          render();
        })();
        """#
}
