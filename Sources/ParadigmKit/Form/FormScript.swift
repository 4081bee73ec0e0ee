/// The browser form's JavaScript, in two parts: ``rules`` reads and writes answers exactly as
/// ``AnswerReader`` and ``AnswersWriter`` do (a port of their rules, checked against them in the
/// browser test), and ``page`` (in `FormScript+Page.swift`) draws the questions and keeps the
/// answers in `localStorage`.
enum FormScript {
    /// How answers are read, checked and written: `window.ParadigmRules`.
    static let rules = #"""
        (function () {
          "use strict";
          var UNSURE = ["unsure", "not sure", "don't know", "dont know"];

          // The whitespace the answers reader trims: space, tab, LF, VT, FF, CR, U+0085, U+2028, U+2029.
          function isSpace(c) {
            return c === 0x20 || c === 0x09 || (c >= 0x0A && c <= 0x0D) || c === 0x85 || c === 0x2028 || c === 0x2029;
          }
          function trim(text) {
            var cps = Array.from(text), start = 0, end = cps.length;
            while (start < end && isSpace(cps[start].codePointAt(0))) start++;
            while (end > start && isSpace(cps[end - 1].codePointAt(0))) end--;
            return cps.slice(start, end).join("");
          }
          function isUnsure(text) { return UNSURE.indexOf(text.toLowerCase()) >= 0; }

          // Numbers as a person writes them, the way Paradigm prints them (Double.plain, .readable).
          function swiftDouble(v) {
            var m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(v.toExponential());
            if (!m) return String(v);
            var sign = m[1], digits = m[2] + (m[3] || ""), e = parseInt(m[4], 10);
            if (e < -4 || e >= 16) {
              var size = Math.abs(e);
              return sign + m[2] + (m[3] ? "." + m[3] : "") + "e" + (e < 0 ? "-" : "+") + (size < 10 ? "0" : "") + size;
            }
            if (e < 0) return sign + "0." + "0".repeat(-e - 1) + digits;
            var whole = digits.slice(0, e + 1);
            while (whole.length < e + 1) whole += "0";
            return sign + whole + "." + (digits.slice(e + 1) || "0");
          }
          function plain(v) {
            if (v === Math.round(v) && Math.abs(v) < 1e15) return String(v === 0 ? 0 : v);
            return swiftDouble(v);
          }
          function readable(v) {
            if (!(v === Math.round(v) && Math.abs(v) >= 1000 && Math.abs(v) < 1e15)) return plain(v);
            var digits = String(Math.abs(v)), groups = [];
            while (digits.length > 3) { groups.unshift(digits.slice(-3)); digits = digits.slice(0, -3); }
            groups.unshift(digits);
            return (v < 0 ? "-" : "") + groups.join(",");
          }
          function decimal(text) {
            var t = trim(text), cps = Array.from(t), digits = 0, dots = 0;
            for (var i = 0; i < cps.length; i++) {
              var c = cps[i];
              if (c >= "0" && c <= "9") digits++;
              else if (c === ".") dots++;
              else if ((c === "-" || c === "+") && i === 0) continue;
              else return null;
            }
            if (digits === 0 || dots > 1 || digits > 30) return null;
            var v = Number(t);
            return isFinite(v) ? v : null;
          }
          // NumberText: digits, a sign, $ before, % after, k or m after; commas or underscores group
          // thousands only in threes; a dot marks decimals; a separator read two ways is not guessed.
          // { value: v }, { readings: [a, b] } or null.
          function digitsOnly(t) { return /^[0-9]+$/.test(t); }
          function groupsOfThree(groups) {
            if (groups.length < 2 || groups[0].length < 1 || groups[0].length > 3) return false;
            for (var i = 0; i < groups.length; i++) {
              if (!digitsOnly(groups[i]) || (i > 0 && groups[i].length !== 3)) return false;
            }
            return true;
          }
          function grouped(body, separator) {
            var parts = body.split(".");
            if (parts.length > 2) return null;
            var groups = parts[0].split(separator);
            if (!groupsOfThree(groups)) return null;
            return groups.join("") + (parts.length === 2 ? "." + parts[1] : "");
          }
          function european(body) {
            var parts = body.split(",");
            if (parts.length > 2) return null;
            var groups = parts[0].split(".");
            if (!groupsOfThree(groups) || (parts.length === 2 && !digitsOnly(parts[1]))) return null;
            return { readings: [groups.join("") + (parts.length === 2 ? "." + parts[1] : "")] };
          }
          function shape(body) {
            var commas = body.split(","), underscore = body.indexOf("_") >= 0;
            if (commas.length > 1 || underscore) {
              var g = grouped(body, ",");
              if (g === null) g = grouped(body, "_");
              if (g !== null) return { plain: g };
              if (!underscore && commas.length === 2 && digitsOnly(commas[0]) && digitsOnly(commas[1])) {
                return { readings: [commas[0] + "." + commas[1], commas[0] + commas[1]] };
              }
              return european(body);
            }
            var dotted = body.split(".");
            if (dotted.length === 2 && digitsOnly(dotted[0]) && digitsOnly(dotted[1]) && dotted[0].length <= 3 &&
                dotted[0].charAt(0) !== "0" && dotted[1].length === 3) {
              return { readings: [dotted[0] + "." + dotted[1], dotted[0] + dotted[1]] };
            }
            if (dotted.length > 2) return european(body);
            return { plain: body };
          }
          function numberText(text) {
            var body = text.toLowerCase();
            if (body.charAt(0) === "$") body = body.slice(1);
            if (body.slice(-1) === "%") body = body.slice(0, -1);
            var factor = 1, sign = "";
            if (body.slice(-1) === "k") { factor = 1000; body = body.slice(0, -1); }
            else if (body.slice(-1) === "m") { factor = 1000000; body = body.slice(0, -1); }
            if (body.charAt(0) === "-" || body.charAt(0) === "+") { sign = body.charAt(0); body = body.slice(1); }
            var s = shape(body);
            if (s === null) return null;
            if (s.plain !== undefined) {
              var v = decimal(sign + s.plain);
              return v === null ? null : { value: v * factor };
            }
            var values = [];
            for (var i = 0; i < s.readings.length; i++) {
              var d = decimal(sign + s.readings[i]);
              if (d === null) return null;
              values.push(d * factor);
            }
            return { readings: values.sort(function (a, b) { return a - b; }) };
          }
          function valueOf(r) { return r !== null && r.value !== undefined ? r.value : null; }
          function number(text) { return valueOf(numberText(text)); }
          function scaled(r, f) {
            return r.value !== undefined ? { value: r.value * f } :
                { readings: r.readings.map(function (x) { return x * f; }) };
          }
          var durations = { weeks: 7, week: 7, months: 30, month: 30, years: 365, year: 365 };
          function endsWith(text, end) { return text.length >= end.length &&
              text.slice(text.length - end.length) === end; }
          function durationFactor(text) {
            var lowered = text.toLowerCase();
            for (var word in durations) { if (endsWith(lowered, word)) return durations[word]; }
            return 1;
          }
          // The factor of a k or m right after a number's last digit (not an m starting a word).
          function magnitude(text) {
            var t = text.toLowerCase(), last = -1;
            for (var i = 0; i < t.length; i++) { if (t[i] >= "0" && t[i] <= "9") last = i; }
            if (last < 0) return 1;
            var j = last + 1;
            while (j < t.length && t[j] === " ") j++;
            if (j >= t.length) return 1;
            var after = t.charAt(j + 1);
            if (after !== "" && after >= "a" && after <= "z") return 1;
            return t[j] === "k" ? 1000 : t[j] === "m" ? 1000000 : 1;
          }
          function numberWithUnit(text, unit) {
            var one = single(text, unit);
            if (one !== null) return one;
            var ambiguity = null, separators = ["\u2013", " to ", "-"];
            for (var i = 0; i < separators.length; i++) {
              var at = text.indexOf(separators[i]);
              if (at <= 0) continue;
              var left = trim(text.slice(0, at)), right = trim(text.slice(at + separators[i].length));
              var upper = single(right, unit), plainLeft = numberText(left);
              if (ambiguity === null && plainLeft !== null && plainLeft.readings) ambiguity = plainLeft;
              if (ambiguity === null && upper !== null && upper.readings) ambiguity = upper;
              var high = valueOf(upper);
              if (left === "" || high === null) continue;
              var scale = durationFactor(right) * (magnitude(left) === 1 ? magnitude(right) : 1);
              var low = valueOf(plainLeft) !== null ? plainLeft.value * scale : valueOf(single(left, unit));
              if (low === null || low > high) continue;
              return { value: (low + high) / 2 };
            }
            return ambiguity;
          }
          function single(text, unit) {
            var v = numberText(text);
            if (v !== null || !unit) return v;
            var u = unit.toLowerCase(), lowered = text.toLowerCase();
            if (u === "days") {
              for (var word in durations) {
                if (endsWith(lowered, word)) {
                  var d = numberText(trim(lowered.slice(0, lowered.length - word.length)));
                  if (d !== null) return scaled(d, durations[word]);
                }
              }
            }
            var spellings = u.slice(-1) === "s" && u.length > 1 ? [u, u.slice(0, -1)] : [u];
            for (var i = 0; i < spellings.length; i++) {
              var s = spellings[i];
              if (lowered.length >= s.length && lowered.slice(lowered.length - s.length) === s) {
                v = numberText(trim(lowered.slice(0, lowered.length - s.length)));
                if (v !== null) return v;
              }
              if (lowered.slice(0, s.length) === s) {
                v = numberText(trim(lowered.slice(s.length)));
                if (v !== null) return v;
              }
            }
            return null;
          }

          // Reading an answer: the same rules, and the same messages, as the answers reader.
          function expected(q) {
            var r = q.rule, unsure = r.unsure ? ", or unsure" : "";
            var ids = q.choices.map(function (c) { return c.id; }).join(", ");
            switch (r.kind) {
              case "text": return "any text";
              case "number": return "a number from " + readable(r.min) + " to " + readable(r.max) + unsure;
              case "scale": return "a whole number from 1 to 5" + unsure;
              case "multiple": return "one or more of: " + ids + unsure;
              default: return "one of: " + ids + unsure;
            }
          }
          function choice(q, text) {
            var ids = q.choices.map(function (c) { return c.id; });
            if (ids.indexOf(text) >= 0) return { ok: true, id: text };
            var lowered = text.toLowerCase();
            if (q.rule.kind === "yes_no") {
              if (lowered === "y" || lowered === "yes") return { ok: true, id: "yes" };
              if (lowered === "n" || lowered === "no") return { ok: true, id: "no" };
            }
            var byID = ids.filter(function (id) { return id.toLowerCase() === lowered; });
            if (byID.length === 1) return { ok: true, id: byID[0] };
            for (var i = 0; i < q.choices.length; i++) {
              if (q.choices[i].label.toLowerCase() === lowered) return { ok: true, id: q.choices[i].id };
            }
            return { ok: false, message: "`" + q.id + "` expects " + expected(q) + "; found \"" + text + "\"" };
          }
          function readList(q, items) {
            if (q.rule.kind !== "multiple") return { ok: false, message: "`" + q.id +
                "` takes one answer, not a list" };
            if (items.length === 1 && isUnsure(items[0])) return read(q, items[0]);
            if (items.length === 0) return { ok: false, message: "`" + q.id + "` needs at least one option" };
            var chosen = {};
            for (var i = 0; i < items.length; i++) {
              var c = choice(q, items[i]);
              if (!c.ok) return c;
              chosen[c.id] = true;
            }
            var ids = q.choices.map(function (c) { return c.id; }).filter(function (id) { return chosen[id]; });
            return { ok: true, value: { choices: ids } };
          }
          // Reads one answer as typed (a list for multiple choice may also be given as an array).
          function read(q, raw) {
            if (Array.isArray(raw)) return readList(q, raw);
            var r = q.rule, t = trim(raw);
            if (isUnsure(t)) {
              if (!r.unsure) return { ok: false, message: "`" + q.id + "` does not accept `unsure`" };
              return { ok: true, value: { unsure: true } };
            }
            switch (r.kind) {
              case "text":
                return { ok: true, value: { text: raw } };
              case "multiple":
                return readList(q, t.split(",").map(trim).filter(function (p) { return p !== ""; }));
              case "number": {
                var head = "`" + q.id + "` expects a number from " + readable(r.min) + " to " + readable(r.max) +
                    (r.unit ? " " + r.unit : "");
                var reading = numberWithUnit(t, r.unit);
                if (reading !== null && reading.readings) {
                  return { ok: false, message: head + "; \"" + t + "\" could be " +
                      reading.readings.map(readable).join(" or ") };
                }
                var v = valueOf(reading), range = head + "; found ";
                if (v === null) return { ok: false, message: range + "\"" + t + "\"" };
                if (!(v >= r.min && v <= r.max)) return { ok: false, message: range + readable(v) };
                var band = r.bands.filter(function (b) { return b.below === null || b.below === undefined ||
                    v < b.below; })[0];
                if (!band) return { ok: false, message: "`" + q.id + "` has no band for " + plain(v) };
                return { ok: true, value: { number: v, band: band.id } };
              }
              default: {
                var c = choice(q, t);
                return c.ok ? { ok: true, value: { choice: c.id } } : c;
              }
            }
          }
          // The option ids an answer chose, for conditions; null for unsure and text.
          function optionIDs(value) {
            if (value.choice !== undefined) return [value.choice];
            if (value.choices !== undefined) return value.choices;
            if (value.band !== undefined) return [value.band];
            return null;
          }
          // Whether a question's `when:` holds for the answers that count: every clause's question
          // chose one of its options (Condition.holds(answers:) in Swift; FormConditionTests
          // checks the two agree).
          function holds(when, values) {
            return when.every(function (clause) {
              var v = values[clause.question], ids = v && optionIDs(v);
              return !!ids && ids.some(function (id) { return clause.options.indexOf(id) >= 0; });
            });
          }

          // Writing: DocumentWriter's rules, so that the file is byte for byte what Paradigm writes.
          function allowed(c) {
            if (c === 0x09) return true;
            if (c === 0x0A || c === 0x0D || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xFEFF) return false;
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c === 0xFFFE || c === 0xFFFF) return false;
            return !(c >= 0xD800 && c <= 0xDFFF);
          }
          function isPlainSafe(value) {
            var cps = Array.from(value);
            if (cps.length === 0) return false;
            var first = cps[0], last = cps[cps.length - 1];
            if (first === " " || last === " " || last === ":") return false;
            if (value.slice(0, 3) === "---" || value.slice(0, 3) === "...") return false;
            if (first === "-" || first === "?" || first === ":") {
              if (cps.length < 2 || cps[1] === " ") return false;
            } else if (",[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
              return false;
            }
            for (var i = 0; i < cps.length; i++) {
              var c = cps[i];
              if (c === "\t" || !allowed(c.codePointAt(0))) return false;
              if (c === ":" && i + 1 < cps.length && cps[i + 1] === " ") return false;
              if (c === "#" && i > 0 && cps[i - 1] === " ") return false;
            }
            return true;
          }
          var ESCAPES = { "\\": "\\\\", "\"": "\\\"", "\u0000": "\\0", "\u0007": "\\a", "\b": "\\b", "\t": "\\t",
            "\n": "\\n", "\u000B": "\\v", "\f": "\\f", "\r": "\\r", "\u001B": "\\e", "\u0085": "\\N",
            "\u2028": "\\L", "\u2029": "\\P" };
          function hex(n, count) { var s = n.toString(16).toUpperCase(); while (s.length < count) s = "0" + s;
              return s; }
          function doubleQuoted(value) {
            var out = "\"";
            Array.from(value).forEach(function (c) {
              var n = c.codePointAt(0);
              if (ESCAPES[c] !== undefined) out += ESCAPES[c];
              else if (allowed(n)) out += c;
              else if (n >= 0xD800 && n <= 0xDFFF) out += "\uFFFD";  // half a pair: no character to keep
              else if (n <= 0xFF) out += "\\x" + hex(n, 2);
              else out += "\\u" + hex(n, 4);
            });
            return out + "\"";
          }
          function scalar(value) { return isPlainSafe(value) ? value : doubleQuoted(value); }
          function literalBlock(value, indent) {
            var cps = Array.from(value);
            if (cps.indexOf("\n") < 0) return null;
            for (var i = 0; i < cps.length; i++) {
              if (cps[i] !== "\n" && !allowed(cps[i].codePointAt(0))) return null;
            }
            var trailing = 0;
            while (trailing < cps.length && cps[cps.length - 1 - trailing] === "\n") trailing++;
            var body = cps.slice(0, cps.length - trailing);
            var firstText = body.filter(function (c) { return c !== "\n"; })[0];
            if (firstText === undefined || firstText === " " || firstText === "\t") return null;
            var out = (trailing === 0 ? "|-" : trailing === 1 ? "|" : "|+") + "\n", pad = " ".repeat(indent);
            body.join("").split("\n").forEach(function (line) { out += line === "" ? "\n" : pad + line + "\n"; });
            return out + "\n".repeat(Math.max(0, trailing - 1));
          }
          // `key: value` for a text value of a mapping whose keys stand at column `indent`.
          function entry(key, value, indent) {
            var block = literalBlock(value, indent + 2);
            return " ".repeat(indent) + scalar(key) + ":" + (block !== null ? " " + block : " " + scalar(value) + "\n");
          }

          // The answers file for a respondent and the answers that count, in questionnaire order.
          function answersFile(data, respondent, values) {
            var out = entry("questionnaire", data.questionnaire, 0), who = "";
            ["name", "role", "organisation"].forEach(function (key) {
              if (respondent[key]) who += entry(key, respondent[key], 2);
            });
            if (who) out += "respondent:\n" + who;
            var given = "", byID = {};
            data.sections.forEach(function (section) {
              section.questions.forEach(function (q) { byID[q.id] = q; });
            });
            // In questionnaire order, whichever page asked a question (the practice checklist
            // gathers some from several sections).
            (data.order || Object.keys(byID)).forEach(function (id) {
              var q = byID[id];
              if (q) {
                var v = values[q.id];
                if (v === undefined) return;
                if (v.choices !== undefined) {
                  given += "  " + scalar(q.id) + ":\n";
                  v.choices.forEach(function (id) {
                    var block = literalBlock(id, 6);
                    given += "    -" + (block !== null ? " " + block : " " + scalar(id) + "\n");
                  });
                  return;
                }
                var text = v.unsure ? "unsure" : v.choice !== undefined ? v.choice
                  : v.number !== undefined ? plain(v.number) : v.text;
                given += entry(q.id, text, 2);
              }
            });
            return out + (given ? "answers:\n" + given : "answers: \"\"\n");
          }

          // Lower-case ASCII letters and digits, other runs as one dash, at most 40 characters (as
          // `paradigm import` names its files).
          function slug(text) {
            var folded = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(), out = "", dash = false;
            for (var i = 0; i < folded.length && out.length < 40; i++) {
              var c = folded.charAt(i);
              if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) {
                if (dash && out) out += "-";
                dash = false;
                out += c;
              } else {
                dash = true;
              }
            }
            return out;
          }
          function fileName(respondent) {
            var parts = [slug(respondent.organisation || ""), slug(respondent.name || "")].filter(function (p) {
                return p; });
            return (parts.join("-") || "answers") + ".yaml";
          }

          window.ParadigmRules = { trim: trim, read: read, readNumber: numberWithUnit, optionIDs: optionIDs, holds: holds, plain: plain, readable: readable,
            scalar: scalar, literalBlock: literalBlock, answersFile: answersFile, fileName: fileName, expected:
                expected };
        })();
        """#
}
