#!/usr/bin/env python3
"""Fills in the form `paradigm template --format html` writes, in headless Chromium, as a person would.

Usage: fill_form.py PLAN.json

The plan (written by BrowserFormTests.swift) names the form, an output folder, the respondent and
the answers to give, in questionnaire order, and two tables the page must agree with: how the
answers reader reads typed answers, and how the answers writer writes text. The script

- checks both tables against the page's own rules (window.ParadigmRules),
- saves a screenshot of the first page, and one of a section at phone width, and prints their paths,
- answers through the page by keyboard (typing, Space on radios and boxes, Enter on buttons),
  including a number out of range (refused with the reader's message, and the page does not move
  on) and a conditional question that disappears and reappears when its answer is changed on the
  way back,
- reloads the page midway and checks that nothing was lost,
- downloads the answers file from the review and writes its path to OUT/downloaded.txt.

It exits 0 when everything held, 1 with the reasons otherwise, and 77 when Chromium, its driver
or Selenium is missing (the Swift test then says it skipped).
"""
import json
import os
import shutil
import sys
import time

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
except ImportError:
    print("skipped: Selenium is not installed (pip install selenium)")
    sys.exit(77)

problems = []


def problem(text):
    problems.append(text)
    print("FAIL: " + text)


def find_browser():
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        print("skipped: Chromium or chromedriver is missing (apt-get install chromium chromium-driver)")
        sys.exit(77)
    return browser, driver


def start(browser, driver_path, downloads, width=1000, height=1100):
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=%d,%d" % (width, height), "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def canonical(result):
    """The reader's result as the Swift side writes it: ok, value, message."""
    if not result["ok"]:
        return {"accepted": False, "message": result["message"]}
    return {"accepted": True, "value": result["value"]}


def check_tables(driver, plan):
    outcomes = driver.execute_script("""
        var plan = arguments[0], R = window.ParadigmRules, byID = {};
        window.ParadigmForm.data.sections.forEach(function (s) {
          s.questions.forEach(function (q) { byID[q.id] = q; });
        });
        function value(v) {
          if (v.unsure) return "unsure";
          if (v.choice !== undefined) return v.choice;
          if (v.choices !== undefined) return v.choices.join(",");
          if (v.number !== undefined) return R.plain(v.number) + "|" + v.band;
          return v.text;
        }
        var reads = plan.reads.map(function (c) {
          var r = R.read(byID[c.question], c.list ? c.list : c.text);
          return r.ok ? { accepted: true, value: value(r.value) } : { accepted: false, message: r.message };
        });
        var scalars = plan.scalars.map(function (c) {
          return { scalar: R.scalar(c.text), block: R.literalBlock(c.text, 4) };
        });
        return { reads: reads, scalars: scalars };
    """, plan)
    agreed = 0
    for case, got in zip(plan["reads"], outcomes["reads"]):
        want = {"accepted": case["accepted"]}
        want["value" if case["accepted"] else "message"] = case["value"] if case["accepted"] else case["message"]
        if got != want:
            problem("reading %r for `%s`: the page gives %r, the answers reader %r"
                    % (case.get("list") or case["text"], case["question"], got, want))
        else:
            agreed += 1
    for case, got in zip(plan["scalars"], outcomes["scalars"]):
        want = {"scalar": case["scalar"], "block": case["block"]}
        if got != want:
            problem("writing %r: the page gives %r, DocumentWriter %r" % (case["text"], got, want))
        else:
            agreed += 1
    print("tables: %d of %d cases agree with the answers reader and writer"
          % (agreed, len(plan["reads"]) + len(plan["scalars"])))


def check_lone_surrogates(driver, out):
    """Half a surrogate pair (half an emoji) in a text answer or a name is written as U+FFFD,
    never as a `\\uD800` escape the tool refuses; a whole emoji is kept."""
    result = driver.execute_script(r"""
        var R = window.ParadigmRules, data = window.ParadigmForm.data, question = null;
        data.sections.forEach(function (s) {
          s.questions.forEach(function (q) { if (!question && q.rule.kind === "text") question = q.id; });
        });
        var half = String.fromCharCode(0xD83D), low = String.fromCharCode(0xDE00), values = {};
        values[question] = { text: "a" + low + "b \uD83D\uDE00 end" + half };
        var text = R.answersFile(data, { name: "Half " + half }, values);
        var lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
        return { question: question, text: text, lone: lone };
    """)
    if result["lone"] or "\\uD8" in result["text"] or "\\uDE" in result["text"]:
        problem("a lone surrogate is written as %r" % result["text"])
    with open(os.path.join(out, "lone-surrogates.json"), "w", encoding="utf-8") as handle:
        json.dump({"question": result["question"], "text": result["text"]}, handle)


def heading(driver):
    return driver.find_element(By.CSS_SELECTOR, "h2").text


def progress(driver):
    return driver.find_element(By.ID, "progress-text").text


def box(driver, qid):
    return driver.find_element(By.ID, "q-%s-box" % qid)


def press(driver, element_id):
    driver.find_element(By.ID, element_id).send_keys(Keys.ENTER)
    time.sleep(0.05)


def choose(driver, qid, option_id):
    """Ticks an option with Space, as the keyboard does."""
    element = driver.find_element(By.CSS_SELECTOR, "input[name='q-%s'][value='%s']" % (qid, option_id))
    if not element.is_selected():
        element.send_keys(Keys.SPACE)


def answer(driver, question, value):
    qid, kind = question["id"], question["rule"]["kind"]
    if kind in ("single", "yes_no", "scale"):
        choose(driver, qid, value)
    elif kind == "multiple":
        for option_id in ([value] if isinstance(value, str) else value):
            choose(driver, qid, option_id)
    elif kind == "number" and value == "unsure":
        driver.find_element(By.ID, "q-%s-unsure" % qid).send_keys(Keys.SPACE)
    else:
        field = driver.find_element(By.ID, "q-" + qid)
        field.send_keys(Keys.CONTROL, "a")
        field.send_keys(Keys.DELETE)
        field.send_keys(value)


def refuse_out_of_range(driver, question, want_message):
    qid, rule = question["id"], question["rule"]
    field = driver.find_element(By.ID, "q-" + qid)
    page = heading(driver)
    field.send_keys(str(int(rule["max"]) + 1))
    field.send_keys(Keys.TAB)
    error = driver.find_element(By.ID, "q-%s-error" % qid)
    if not error.is_displayed() or error.text != want_message:
        problem("an out-of-range number for `%s` showed %r, not %r" % (qid, error.text, want_message))
    press(driver, "next")
    if heading(driver) != page:
        problem("the page moved on with an out-of-range number for `%s`" % qid)
    if field.get_attribute("aria-invalid") != "true":
        problem("the out-of-range field `%s` is not marked invalid" % qid)
    print("refused: %s = %s with %r" % (qid, int(rule["max"]) + 1, error.text))


def refuse_unanswered(driver, question):
    """Next with a question that needs an answer left open: the page stays and says so."""
    page = heading(driver)
    press(driver, "next")
    error = driver.find_element(By.ID, "q-%s-error" % question["id"])
    if heading(driver) != page or not error.is_displayed() or "needs an answer" not in error.text:
        problem("the page went on with `%s` unanswered, or said nothing (%r)" % (question["id"], error.text))
    else:
        print("refused: `%s` left unanswered, with %r" % (question["id"], error.text))


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        plan = json.load(handle)
    browser, driver_path = find_browser()
    out = plan["out"]
    downloads = os.path.join(out, "downloads")
    os.makedirs(downloads, exist_ok=True)
    driver = start(browser, driver_path, downloads)
    try:
        run(driver, plan, out, downloads, browser, driver_path)
    finally:
        driver.quit()
    if problems:
        print("%d problems" % len(problems))
        sys.exit(1)
    print("the form was filled in and downloaded")


def run(driver, plan, out, downloads, browser, driver_path):
    url = "file://" + os.path.abspath(plan["form"])
    driver.get(url)
    check_tables(driver, plan)
    check_lone_surrogates(driver, out)
    shot = os.path.join(out, "first-page.png")
    driver.save_screenshot(shot)
    print("screenshot: " + shot)

    data = driver.execute_script("return window.ParadigmForm.data")
    values = {item["id"]: item["value"] for item in plan["answers"]}
    sections = data["sections"]

    who = plan["respondent"]
    if driver.find_element(By.ID, "respondent-organisation").get_attribute("value") != who["organisation"]:
        problem("the organisation is not pre-filled with %r" % who["organisation"])
    driver.find_element(By.ID, "respondent-name").send_keys(who["name"])
    Select(driver.find_element(By.ID, "respondent-role")).select_by_value(who["role"])
    press(driver, "next")

    numbers = [q for s in sections for q in s["questions"] if q["rule"]["kind"] == "number" and q["id"] in values]
    refused = numbers[0]["id"] if numbers else None
    conditional = None
    for s in sections:
        ids = [q["id"] for q in s["questions"]]
        for q in s["questions"]:
            clauses = q["when"]
            if q["id"] in values and len(clauses) == 1 and clauses[0]["question"] in ids:
                conditional = conditional or q
    reloaded = False
    required = next((q for s in sections for q in s["questions"] if q["rule"]["required"] and q["id"] in values), None)

    for index, section in enumerate(sections):
        if heading(driver) != section["title"]:
            problem("expected the section %r, found %r" % (section["title"], heading(driver)))
            return
        for q in section["questions"]:
            if q["id"] == refused:
                refuse_out_of_range(driver, q, plan["refusal"])
            if q is required:
                refuse_unanswered(driver, q)
            if q["id"] in values:
                if not box(driver, q["id"]).is_displayed():
                    problem("`%s` is answered in the profile but not shown" % q["id"])
                    continue
                answer(driver, q, values[q["id"]])
        if index == 0 and not reloaded:
            reloaded = True
            before = driver.execute_script("return window.ParadigmForm.answersText()")
            driver.refresh()
            after = driver.execute_script("return window.ParadigmForm.answersText()")
            if before != after or heading(driver) != section["title"]:
                problem("reloading the page lost answers or the place")
            else:
                print("reloaded: the answers and the page were kept")
        if conditional and conditional in section["questions"]:
            check_conditional(driver, data, conditional, values)
            shot = os.path.join(out, "section.png")
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(shot)
            print("screenshot: " + shot)
        if index == 1:
            narrow = start(browser, driver_path, downloads, 390, 844)
            try:
                narrow.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
                narrow.get(url)
                # The same browser profile is not shared, so go to this section by the saved state.
                narrow.execute_script("localStorage.setItem(arguments[0], arguments[1]); location.reload();",
                                      "paradigm-form:%s:%s" % (data["questionnaire"], data["version"]),
                                      driver.execute_script("return localStorage.getItem(arguments[0])",
                                                            "paradigm-form:%s:%s" % (data["questionnaire"],
                                                                                     data["version"])))
                time.sleep(0.3)
                phone = os.path.join(out, "phone-section.png")
                narrow.save_screenshot(phone)
                width, screen = narrow.execute_script(
                    "return [document.documentElement.scrollWidth, window.innerWidth]")
                if width > screen:
                    problem("at phone width the page is %d pixels wide, wider than the screen (%d)" % (width, screen))
                print("screenshot: " + phone)
            finally:
                narrow.quit()
        press(driver, "next")

    if heading(driver) != "Review your answers":
        problem("expected the review, found %r" % heading(driver))
        return
    shown = driver.find_element(By.ID, "answers-text").get_attribute("value")
    press(driver, "download")
    name = driver.execute_script("return window.ParadigmForm.fileName()")
    path = os.path.join(downloads, name)
    for _ in range(100):
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            break
        time.sleep(0.1)
    if not os.path.exists(path):
        problem("the download %s did not arrive" % name)
        return
    with open(path, encoding="utf-8") as handle:
        downloaded = handle.read()
    if downloaded != shown:
        problem("the downloaded file differs from the text the review shows")
    review = os.path.join(out, "review.png")
    driver.save_screenshot(review)
    print("screenshot: " + review)
    with open(os.path.join(out, "downloaded.txt"), "w", encoding="utf-8") as handle:
        handle.write(path)
    print("downloaded: " + path)
    check_routing(driver, plan["routing"])


def check_routing(driver, routing):
    """A sales team member, on a fresh page, is asked only the questions the interview routes to
    the role: the count says so, and Next skips the sections with none of them."""
    driver.execute_script("localStorage.clear(); location.reload();")
    time.sleep(0.3)
    Select(driver.find_element(By.ID, "respondent-role")).select_by_value(routing["role"])
    press(driver, "next")
    want = "0 of %d questions answered" % routing["count"]
    if not progress(driver).startswith(want):
        problem("as %s the count reads %r, expected it to start %r" % (routing["role"], progress(driver), want))
    seen = []
    while heading(driver) != "Review your answers" and len(seen) < 20:
        seen.append(heading(driver))
        for q in driver.find_elements(By.CSS_SELECTOR, "[data-question]"):
            if q.is_displayed() and q.get_attribute("data-question") not in routing["questions"]:
                problem("as %s the question %s is shown" % (routing["role"], q.get_attribute("data-question")))
        driver.execute_script("document.getElementById('page').dispatchEvent(new Event('submit'));")
        time.sleep(0.05)
        if seen[-1] == heading(driver):
            # A page that needs an answer stays: answer its first option for every shown choice.
            for q in driver.find_elements(By.CSS_SELECTOR, "[data-question]"):
                if q.is_displayed():
                    radios = q.find_elements(By.CSS_SELECTOR, "input[type=radio]")
                    if radios:
                        radios[0].click()
            driver.execute_script("document.getElementById('page').dispatchEvent(new Event('submit'));")
            time.sleep(0.05)
    if seen != routing["sections"]:
        problem("as %s the pages were %r, expected %r" % (routing["role"], seen, routing["sections"]))
    else:
        print("routing: as %s, %d questions on the pages %s" % (routing["role"], routing["count"], ", ".join(seen)))


def check_conditional(driver, data, q, values):
    """Next, Back, then change the answer the question depends on: it disappears, and comes back."""
    clause = q["when"][0]
    controller = next(c for s in data["sections"] for c in s["questions"] if c["id"] == clause["question"])
    other = [c["id"] for c in controller["choices"] if c["id"] not in clause["options"]]
    if controller["rule"]["kind"] not in ("single", "yes_no") or not other:
        return
    press(driver, "next")
    press(driver, "back")
    counted = progress(driver)
    choose(driver, controller["id"], other[0])
    if box(driver, q["id"]).is_displayed():
        problem("`%s` is still shown after `%s` changed to %s" % (q["id"], controller["id"], other[0]))
    if progress(driver) == counted:
        problem("the progress did not recount when `%s` disappeared (%s)" % (q["id"], counted))
    hidden = driver.execute_script("return window.ParadigmForm.answersText()")
    if ("  %s:" % q["id"]) in hidden:
        problem("the hidden question `%s` is still in the answers file" % q["id"])
    print("conditional: `%s` disappeared when `%s` became %s (%s -> %s)"
          % (q["id"], controller["id"], other[0], counted, progress(driver)))
    choose(driver, controller["id"], values[controller["id"]])
    if not box(driver, q["id"]).is_displayed():
        problem("`%s` did not come back when `%s` changed back" % (q["id"], controller["id"]))
    if progress(driver) != counted:
        problem("the progress reads %r after the change back, not %r" % (progress(driver), counted))
    print("conditional: `%s` came back with its answer kept" % q["id"])


if __name__ == "__main__":
    main()
