"""Stored XSS against the instructor (issue #13), in a real browser: every payload family of
``xss_payloads`` is graded by the real command (in the session's course, with the instructor
tests' students: see ``browser.graded_course``), then each view the kit writes or configures
is opened in headless Chromium: the student's feedback HTML (offline, from disk) and
formgrader's submission view served by a real Jupyter server in the course folder.

A payload "ran" if the page's title gained ``pwned`` or the loopback listener recorded a
request; nothing may run, while an honest student's plots, outputs and formatted answer
still render.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.sign import NotebookNotary
from nbgrader.api import Gradebook

from browser import BROWSER_MARKS, GRADED, Listener, course_submissions, keep_console, screenshot
from conftest import read_grades
from notebooks import submission, write
from xss_payloads import FAMILIES

pytest_plugins = ["browser"]  # the session's Chromium and graded course
pytestmark = BROWSER_MARKS

ASSIGNMENT = GRADED

#: A file name that is itself a payload: it must never become a student id that reaches a page.
HOSTILE_FILE_NAME = 'x"><img src=x onerror="document.title+=1">.ipynb'
#: Generous: a loaded CI machine can take long to serve formgrader's page (waiting is on the page's state).
PAGE_TIMEOUT_MS = 120_000
HONEST_ANSWER = ("The loss falls **fast** at first, then slowly:\n\n* the weight converges in a few epochs;\n"
                 "* the bias takes longer, since $\\partial L / \\partial b$ is small.\n")


@course_submissions
def _attacks_and_an_honest_student(folder: Path, port: int) -> None:
    """Every family (phoning home to ``port``), an honest student and a hostile file name,
    graded with the instructor tests' students in the session's course."""
    for family in FAMILIES:
        write(family.build(port), folder / f"{family.name}.ipynb")
    write(submission({"discussion": HONEST_ANSWER}, assignment=ASSIGNMENT), folder / "honest.ipynb")
    write(submission({}, assignment=ASSIGNMENT), folder / HOSTILE_FILE_NAME)


@pytest.fixture(scope="module")
def graded(graded_course):
    """The graded course (this module's students: the families, ``honest``, the hostile
    file), and the listener for phone-outs."""
    return graded_course.out, graded_course.listener


def _visit(page, url: str, name: str, listener: Listener, console: list[str]) -> None:
    """Open ``url`` and judge it once it has settled: a page of the kit's (a file, under its
    own Content-Security-Policy, which lets no request out) once loaded with its fonts; a
    formgrader page (served, with scripts of its own) once its network is idle.

    Not networkidle for the files: Playwright's wait for it hung for minutes on two loaded
    runs, on these pages, whose policy blocks requests (Bootstrap's fonts) as they start."""
    listener.requests.clear()  # each view is judged on its own requests
    page.goto(url, timeout=PAGE_TIMEOUT_MS)  # until the load event: images, frames and styles are in
    if url.startswith("file:"):
        page.evaluate("() => document.fonts.ready.then(() => null)")
    else:
        page.wait_for_load_state("networkidle", timeout=PAGE_TIMEOUT_MS)
    screenshot(page, name)  # the top of the page; the whole page only when it fails
    ran = "pwned" in page.title() or listener.requests
    live_links = page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i], [onerror], [onload]').length")
    if ran or live_links:
        keep_console(page, name, console)
        screenshot(page, f"{name}-FAILED", full_page=True)
    assert "pwned" not in page.title(), f"{name}: a payload ran: title {page.title()!r}"
    assert listener.requests == [], f"{name}: the page requested {listener.requests}"
    assert live_links == 0, f"{name}: {live_links} elements still carry script (javascript: links, on* handlers)"


@pytest.fixture
def page(browser):
    """A fresh page of the session's Chromium, closed after the test."""
    fresh = browser.new_page()
    yield fresh
    fresh.close()


def _console(page) -> list[str]:
    lines: list[str] = []
    page.on("console", lambda message: lines.append(f"{message.type}: {message.text}"))
    return lines


def test_every_family_was_graded(graded):
    """Did the grader grade every attack submission (none stopped the batch)?"""
    out, _ = graded
    grades = read_grades(out)
    assert {f.name for f in FAMILIES} | {"honest"} <= set(grades)
    assert grades["honest"]["status"] == "graded"
    hostile = [row for sid, row in grades.items() if "onerror" in sid or "onerror" in row["status"]]
    assert len(hostile) == 1 and hostile[0]["status"].startswith("error"), hostile
    assert not any("onerror" in p.name for p in (out / "feedback").iterdir())


def test_autograded_notebooks_stay_untrusted(graded):
    """Are the autograded notebooks the instructor opens in JupyterLab unsigned, so that
    JupyterLab's own sanitizer applies to them?"""
    out, _ = graded
    notebooks = sorted((out / "autograded").glob(f"*/{ASSIGNMENT}/*.ipynb"))
    assert len(notebooks) >= len(FAMILIES)
    notary = NotebookNotary()
    for path in notebooks:
        nb = nbformat.read(str(path), as_version=4)
        assert "signature" not in nb.metadata and not notary.check_signature(nb), path


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_feedback_runs_no_student_script(graded, page, family):
    """Does the student's feedback page, opened offline, run nothing and request nothing?"""
    out, listener = graded
    page_file = out / "feedback" / family / ASSIGNMENT / f"{ASSIGNMENT}.html"
    assert page_file.is_file(), f"no feedback for {family}"
    console = _console(page)
    _visit(page, page_file.as_uri(), f"feedback-{family}", listener, console)


def _submission_ids(out) -> dict[str, str]:
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        return {s.student.id: s.id for s in gb.notebook_submissions(ASSIGNMENT, ASSIGNMENT)}


def test_formgrader_runs_no_student_script(graded, course_lab, page):
    """Does formgrader's submission view, on a real server in the course folder, run nothing
    of any family, while formgrader itself still works there?"""
    out, listener = graded
    base, token = course_lab
    ids = _submission_ids(out)
    console = _console(page)
    page.goto(f"{base}/formgrader?token={token}", timeout=PAGE_TIMEOUT_MS)  # logs in (cookie)
    for family in FAMILIES:
        _visit(page, f"{base}/formgrader/submissions/{ids[family.name]}/", f"formgrader-{family.name}",
               listener, console)
        assert page.evaluate("typeof jQuery === 'function' && typeof Backbone === 'object'"), \
            "formgrader's own scripts did not load"


def test_honest_student_still_renders(graded, course_lab, page):
    """Are an honest student's plots, outputs and formatted answer still shown, in both views?"""
    out, listener = graded
    base, token = course_lab
    ids = _submission_ids(out)
    feedback = (out / "feedback" / "honest" / ASSIGNMENT / f"{ASSIGNMENT}.html").as_uri()
    console = _console(page)
    page.goto(f"{base}/formgrader?token={token}", timeout=PAGE_TIMEOUT_MS)
    for name, url in (("feedback-honest", feedback), ("formgrader-honest", f"{base}/formgrader/submissions/{ids['honest']}/")):
        _visit(page, url, name, listener, console)
        plots = page.evaluate("Array.from(document.querySelectorAll('img[src^=\"data:image/png\"]'))"
                              ".filter(i => i.complete && i.naturalWidth > 100).length")
        assert plots >= 2, f"{name}: {plots} plots shown, expected the two loss curves"
        assert page.locator("strong", has_text="fast").count() >= 1, f"{name}: the answer lost its formatting"
        assert page.locator("li", has_text="bias takes longer").count() >= 1, f"{name}: the answer's list is gone"
        assert page.get_by_text("model: 10 / 10 points").count() >= 1, f"{name}: the grader's verdicts are not shown"


def test_report_renders_and_runs_no_student_script(graded, page):
    """Does report.html, opened offline, show every section and its figures, with nothing of
    the students' content running or requesting anything?"""
    from autograder.reports.class_report import write_report

    out, listener = graded
    report = write_report(out)
    console = _console(page)
    _visit(page, report.as_uri(), "report", listener, console)
    for section in ("summary", "totals", "parts", "criteria", "lost", "errors", "slow", "timing"):
        assert page.locator(f"section#{section} h2").is_visible(), section
    figures = page.evaluate("Array.from(document.images).filter(i => i.complete && i.naturalWidth > 300).length")
    assert figures == 2
    assert "onerror" in page.locator("section#errors").inner_text()  # the hostile file name, as text


def test_feedback_stands_alone(graded, page):
    """Does the feedback, opened offline, name each part with its points, show the written answer
    as pending and the total as a score so far, typeset the math without any script, and keep
    the hidden tests out?"""
    out, listener = graded
    feedback = (out / "feedback" / "honest" / ASSIGNMENT / f"{ASSIGNMENT}.html")
    console = _console(page)
    _visit(page, feedback.as_uri(), "feedback-standalone", listener, console)
    toc = page.locator("#toc li").all_inner_texts()
    assert toc[:2] == ["model: 10.0 / 10.0", "loss_func: 10.0 / 10.0"], toc
    assert any(t.startswith("discussion: pending") for t in toc), toc
    assert "score so far 90.0 / 100.0" in page.locator("h4").first.inner_text()
    assert page.locator("math").count() >= 5, "the notebook's math is not typeset"
    rendered = page.evaluate("document.querySelector('math').getBoundingClientRect().width")
    assert rendered > 0
    assert page.locator("script").count() == 0
    assert "HIDDEN TESTS" not in feedback.read_text() and "verify(" not in feedback.read_text()
