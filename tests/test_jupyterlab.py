"""The whole JupyterLab loop in a real browser (issue #12): headless Chromium, driven by
Playwright, against real ``jupyter lab`` servers started here on loopback ports.

* The student, for every released assignment (``notebooks/<assignment>/``): the notebook
  opens without a kernel dialog, runs on the stubs (its self-checks say what is missing),
  a part typed in passes its self-check, nbgrader's Validate fails on the stubs naming a
  part and succeeds on a complete notebook, whose "Restart Kernel and Run All" is timed
  and whose figures render.
* The instructor: ``python -m autograder grade`` on a few submissions, JupyterLab in the
  course folder, formgrader lists the assignment and the students, a written answer is
  graded by hand; a plain re-run of ``grade`` then refreshes grades.csv, the feedback and
  the export and keeps the manual grade settled, and so does formgrader's own Autograde.

No sleeps: pages are waited on through JupyterLab's own state (``window.jupyterapp``, with
``--LabApp.expose_app_in_browser``) and formgrader's requests. Each step keeps a
screenshot in the artifacts; a failing step also keeps the page's console.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from browser import ARTIFACTS, browser_available, chromium, jupyter_server, keep_console, screenshot
from conftest import read_grades, run_grader
from notebooks import ROOT, grade_id, reference_answers, release_path, source_path, submission, write

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not browser_available(), reason="needs Debian's chromium and playwright")]

#: Every assignment with a student release (``notebooks/<a>/<a>.ipynb``).
RELEASED = sorted(p.parent.name for p in (ROOT / "notebooks").glob("*/*.ipynb") if p.stem == p.parent.name)
GRADED = "pa2_gradient_descent"  # the instructor's flow: it has a written answer graded by hand
TIMEOUT_MS = 180_000  # a kernel start, a Validate or an Autograde on a loaded 2-core machine
TIMINGS = ARTIFACTS / "jupyterlab-timings.json"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook on show

# ------------------------------------------------------------------ JupyterLab's own state

#: The current notebook panel at ``path``, its context ready and its kernel idle.
KERNEL_IDLE = """(path) => {
  const app = window.jupyterapp, w = app && app.shell.currentWidget;
  if (!w || !w.context || w.context.path !== path || !w.context.isReady || !w.sessionContext) return false;
  const kernel = w.sessionContext.session && w.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle';
}"""
#: Every cell of the current notebook: type, nbgrader grade id, execution count, outputs.
CELLS = """() => window.jupyterapp.shell.currentWidget.content.widgets.map(c => ({
  type: c.model.type, id: (c.model.getMetadata('nbgrader') || {}).grade_id || null,
  count: c.model.type === 'code' ? c.model.executionCount : null,
  running: c.model.type === 'code' ? c.model.executionState === 'running' : false,
  outputs: c.model.type === 'code' ? c.model.outputs.toJSON() : []}))"""
#: Every code cell ran (has an execution count), none is running, the kernel is idle.
ALL_RAN = """() => {
  const w = window.jupyterapp.shell.currentWidget, kernel = w.sessionContext.session.kernel;
  return kernel.status === 'idle' && w.content.widgets.every(
    c => c.model.type !== 'code' || (c.model.executionCount !== null && c.model.executionState !== 'running'));
}"""
#: Cell ``i`` ran once more than ``count`` times since (its execution count changed) and is done.
CELL_RAN = """([i, count]) => {
  const w = window.jupyterapp.shell.currentWidget, c = w.content.widgets[i];
  return c.model.executionCount !== null && c.model.executionCount !== count
    && c.model.executionState !== 'running' && w.sessionContext.session.kernel.status === 'idle';
}"""
#: Figures of the notebook's outputs, loaded and drawn.
FIGURES = """() => Array.from(document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output img'))
  .filter(i => i.complete && i.naturalWidth > 50).length"""


class Steps:
    """Screenshots of one flow's steps, numbered; a failing step keeps its page and console."""

    def __init__(self, page, flow: str) -> None:
        self.page, self.flow, self.n = page, flow, 0
        self.console: list[str] = []
        page.on("console", lambda message: self.console.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))

    def name(self, step: str) -> str:
        return f"{self.flow}-{self.n:02d}-{step}"

    @contextmanager
    def step(self, step: str):
        self.n += 1
        try:
            yield
        except BaseException:
            self._keep(f"{step}-FAILED", console=True)
            raise
        self._keep(step)

    def _keep(self, step: str, console: bool = False) -> None:
        try:
            screenshot(self.page, self.name(step))
        except Exception as error:  # the page may be gone: the console is what is left  # noqa: BLE001
            self.console.append(f"(no screenshot: {error})")
        if console:
            keep_console(self.page, self.name(step), self.console)


def _record_timing(name: str, seconds: float) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    timings = json.loads(TIMINGS.read_text()) if TIMINGS.exists() else {}
    timings[name] = round(seconds, 2)
    TIMINGS.write_text(json.dumps(timings, indent=1, sort_keys=True))


def _quiet_lab(base: str, token: str) -> None:
    """Turn off JupyterLab's news and update pop-ups in this server's (fresh) user settings."""
    body = json.dumps({"raw": json.dumps({"fetchNews": "false", "checkForUpdates": False})}).encode()
    request = urllib.request.Request(f"{base}/lab/api/settings/@jupyterlab/apputils-extension:notification",
                                     data=body, method="PUT", headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 204), f"could not write JupyterLab's settings: {response.status}"


def _open_lab(page, base: str, token: str) -> None:
    """Open JupyterLab and wait until it is restored."""
    page.goto(f"{base}/lab?token={token}")
    page.wait_for_function("() => !!window.jupyterapp", timeout=TIMEOUT_MS)
    page.evaluate("() => window.jupyterapp.restored")


def _open_notebook(page, path: str) -> float:
    """Open ``path`` (relative to the server's root) and wait for its kernel: seconds taken."""
    started = time.monotonic()
    page.evaluate("(path) => window.jupyterapp.commands.execute('docmanager:open', {path}).then(() => null)", path)
    page.wait_for_function(KERNEL_IDLE, arg=path, timeout=TIMEOUT_MS)
    return time.monotonic() - started


def _close_notebook(page) -> None:
    """Shut the current notebook's kernel down and close its tab (saved: Validate saved it)."""
    page.evaluate("""async () => { const w = window.jupyterapp.shell.currentWidget;
        await w.sessionContext.shutdown(); await w.context.save(); w.dispose(); }""")


def _cells(page) -> list[dict]:
    return page.evaluate(CELLS)


def _errors(cell: dict) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for o in cell["outputs"] if o.get("output_type") == "error"]


def _no_dialog(page, what: str) -> None:
    dialogs = page.locator(".jp-Dialog")
    assert dialogs.count() == 0, f"{what}: a dialog blocks the notebook: {dialogs.first.inner_text()[:300]!r}"


def _validate(page, *, expect: str) -> str:
    """Press nbgrader's Validate button; wait for its result dialog (``success``/``failed``); its text."""
    page.locator(f"{PANEL} jp-button.validate-button").click()
    selector = (".nbgrader-SuccessDialog .validation-success" if expect == "success"
                else ".nbgrader-ErrorDialog .validation-failed")
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=TIMEOUT_MS)
    if page.locator(selector).count() == 0:  # the other result, or an error running validate
        page.locator(".jp-Dialog-content").wait_for()
        text = dialog.inner_text()
        raise AssertionError(f"Validate: expected {expect}, got: {text[:1500]}")
    return page.locator(".jp-Dialog-content").inner_text()


def _close_dialog(page) -> None:
    page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
    page.locator(".jp-Dialog").wait_for(state="detached")


def _editor(page, index: int):
    return page.locator(f"{PANEL} .jp-Notebook .jp-Cell").nth(index).locator(".cm-content")


def _type_into_cell(page, index: int, text: str) -> None:
    """Click into cell ``index``'s editor, select everything and type ``text`` (as pasted:
    CodeMirror would auto-indent and close brackets if typed key by key)."""
    editor = _editor(page, index)
    editor.scroll_into_view_if_needed()
    editor.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.insert_text(text)


def _run_cell(page, index: int) -> None:
    """Run cell ``index`` with Shift+Enter from its editor and wait until it ran."""
    before = _cells(page)[index]["count"]
    _editor(page, index).click()
    page.keyboard.press("Shift+Enter")
    page.wait_for_function(CELL_RAN, arg=[index, before], timeout=TIMEOUT_MS)


# ------------------------------------------------------------------ the student


def _parts(assignment: str) -> list[tuple[str, int, int]]:
    """(part, answer cell index, self-check index) of each part whose self-check follows its
    answer cell, in notebook order: a part a student can answer and check on its own."""
    cells = nbformat.read(str(release_path(assignment)), as_version=4).cells
    answers = {grade_id(c): i for i, c in enumerate(cells)
               if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")}
    out = []
    for i, cell in enumerate(cells):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            answer = max((j for j in answers.values() if j < i), default=None)
            if answer is not None and all(not cells[k].metadata.get("nbgrader", {}).get("grade")
                                          for k in range(answer + 1, i)):
                out.append((grade_id(cell), answer, i))
    return out


def _expected_figures(assignment: str) -> int:
    """Figures the solution draws (its stored outputs, as nbval compares them)."""
    nb = nbformat.read(str(source_path(assignment)), as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code"
               for o in c.get("outputs", []) if "image/png" in o.get("data", {}))


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module (Playwright's sync API allows one at a time)."""
    with chromium() as context:
        yield context


@pytest.fixture(scope="module")
def student_lab(tmp_path_factory, browser):
    """One JupyterLab for the student tests: each assignment's release, as handed out, and a
    complete copy (the reference answers typed in), in a folder of their own."""
    root = tmp_path_factory.mktemp("student")
    for assignment in RELEASED:
        shutil.copy(release_path(assignment), root / f"{assignment}.ipynb")
        write(submission(assignment=assignment), root / f"{assignment}_complete.ipynb")
    with jupyter_server(root, app="lab") as (base, token):
        _quiet_lab(base, token)
        page = browser.new_page()
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        _open_lab(page, base, token)
        yield page
        page.close()


@pytest.mark.parametrize("assignment", RELEASED)
def test_student_works_and_validates(student_lab, assignment):
    """Can a student open the release without a kernel dialog, learn from the self-checks what
    is missing, answer a part and see its check pass, and be told by Validate which part
    fails, while a complete notebook runs top to bottom, draws its figures and validates?"""
    page = student_lab
    steps = Steps(page, f"student-{assignment}")
    stub, complete = f"{assignment}.ipynb", f"{assignment}_complete.ipynb"
    parts = _parts(assignment)
    assert parts, f"{assignment}: no self-check follows its answer cell"
    (first, answer_at, check_at), rest = parts[0], parts[1:]

    with steps.step("open-release"):
        _record_timing(f"{assignment}: open and start the kernel", _open_notebook(page, stub))
        _no_dialog(page, f"{stub} opened")
        assert page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.kernelDisplayName") \
            .startswith("Python 3"), "the release does not name the course's kernel"

    with steps.step("run-all-stubs"):
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells').then(() => null)")
        page.wait_for_function(KERNEL_IDLE, arg=stub, timeout=TIMEOUT_MS)
        cells = _cells(page)
        failed = [(c["id"], _errors(c)) for c in cells if _errors(c)]
        assert failed, f"{stub}: the stubs ran without any error: the self-checks do not notice missing answers"
        where, errors = failed[0]
        assert where == first, f"{stub}: the first error is in {where}, expected {first}'s self-check: {errors}"
        assert first in " ".join(errors), f"{stub}: {first}'s self-check does not name what is missing: {errors}"

    with steps.step(f"answer-{first}"):
        cells = nbformat.read(str(release_path(assignment)), as_version=4).cells
        _type_into_cell(page, answer_at, reference_answers(assignment)[grade_id(cells[answer_at])])
        _run_cell(page, answer_at)
        _run_cell(page, check_at)
        cell = _cells(page)[check_at]
        assert not _errors(cell), f"{first}: a correct answer fails its self-check: {_errors(cell)}"

    with steps.step("validate-stubs"):
        text = _validate(page, expect="failed")
        missing = [name for name, _, _ in rest if name in text]
        assert missing or (not rest and "written" in text.lower()), \
            f"Validate on the stubs names none of the parts still missing ({[r[0] for r in rest]}): {text[:800]}"
    _close_dialog(page)
    _close_notebook(page)

    with steps.step("open-complete"):
        _open_notebook(page, complete)
        _no_dialog(page, f"{complete} opened")
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs').then(() => null)")

    with steps.step("restart-and-run-all"):
        page.locator(f"{PANEL} [data-command='notebook:restart-run-all']").click()
        page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
        started = time.monotonic()
        page.wait_for_function(ALL_RAN, timeout=TIMEOUT_MS)
        seconds = time.monotonic() - started
        _record_timing(f"{assignment}: Restart Kernel and Run All on the solution", seconds)
        cells = _cells(page)
        errors = {c["id"] or f"cell {i}": _errors(c) for i, c in enumerate(cells) if _errors(c)}
        assert not errors, f"{complete}: the complete notebook fails: {errors}"
        expected = _expected_figures(assignment)
        page.wait_for_function(f"() => ({FIGURES})() >= {expected}", timeout=30_000)
        page.locator(f"{PANEL} .jp-OutputArea-output img").first.scroll_into_view_if_needed()  # for the screenshot

    with steps.step("validate-complete"):
        _validate(page, expect="success")
    _close_dialog(page)
    _close_notebook(page)


# ------------------------------------------------------------------ the instructor

WRITTEN = "discussion"  # the written answer of GRADED, graded by hand
MANUAL_SCORE, COMMENT = 8, "Right about the bias; say why the mini-batch curve is noisier."
ANSWER = "The loss falls fast at first, then slowly: the bias converges last."


def _gradebook_grade(out: Path, student: str, name: str = WRITTEN):
    """(manual score, needs manual grade, manual comment) of one grade, as formgrader stores it."""
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        grade = gb.find_grade(name, GRADED, GRADED, student)
        comment = gb.find_comment(name, GRADED, GRADED, student)
        return grade.manual_score, grade.needs_manual_grade, comment.manual_comment


def _feedback(out: Path, student: str) -> str:
    return (out / "feedback" / student / GRADED / f"{GRADED}.html").read_text()


def _formgrader_frame(page):
    """formgrader's frame inside JupyterLab (opened from the Nbgrader menu)."""
    page.locator("#formgrader-iframe iframe").wait_for()
    return next(f for f in page.frames if "/formgrader" in f.url)


@contextmanager
def _waiting_for(page, path: str, method: str = "GET"):
    """Wait for formgrader's request to ``path`` (a substring of its URL) to answer 2xx."""
    with page.expect_response(lambda r: path in r.url and r.request.method == method,
                              timeout=TIMEOUT_MS) as response:
        yield response
    assert response.value.ok, f"formgrader: {method} {response.value.url} answered {response.value.status}"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """Three students of GRADED graded by the real command: alice and bob answered the written
    question (bob left a part unwritten), carol did not answer it."""
    folder = tmp_path_factory.mktemp("instructor")
    subs = folder / "subs"
    first = _parts(GRADED)[0][0]
    write(submission({WRITTEN: ANSWER}, assignment=GRADED), subs / "alice.ipynb")
    write(submission({WRITTEN: ANSWER, f"{first}_answer": _release_answer(GRADED, f"{first}_answer")},
                     assignment=GRADED), subs / "bob.ipynb")
    write(submission({WRITTEN: _release_answer(GRADED, WRITTEN)}, assignment=GRADED), subs / "carol.ipynb")
    started = time.monotonic()
    run_grader(subs, folder / "out", assignment=GRADED)
    _record_timing("instructor: first grade run (3 submissions)", time.monotonic() - started)
    return subs, folder / "out"


def _submission_row(frame, out: Path, student: str):
    """The row of ``student``'s notebook in formgrader's Manual Grading list (names are hidden there)."""
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        sid = gb.find_submission_notebook(GRADED, GRADED, student).id
    return frame.locator("tbody tr").filter(has=frame.locator(f'a[href$="/formgrader/submissions/{sid}"]'))


def _release_answer(assignment: str, answer_id: str) -> str:
    """The release's text of an answer cell (the stub, or "YOUR ANSWER HERE")."""
    nb = nbformat.read(str(release_path(assignment)), as_version=4)
    return next(c.source for c in nb.cells if grade_id(c) == answer_id)


def test_instructor_grades_by_hand_and_grades_flow_back(course, browser):
    """Does formgrader, in JupyterLab in the course folder, show the assignment, the students
    by name and their scores; does a written answer graded there change the total; and does a
    plain re-run of `grade` put the manual score and comment into grades.csv, the feedback and
    the export, while the manual grade stays settled (also after formgrader's own Autograde)?"""
    subs, out = course
    before = read_grades(out)
    assert before["alice"][WRITTEN] == "" and before["bob"][WRITTEN] == "", "the written answers are not pending"
    auto_total = float(before["alice"]["total"])
    with jupyter_server(out, app="lab") as (base, token):
        _quiet_lab(base, token)
        page = browser.new_page()
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        steps = Steps(page, "instructor")

        with steps.step("formgrader-assignments"):
            _open_lab(page, base, token)
            page.locator(".lm-MenuBar-item", has_text="Nbgrader").click()
            with _waiting_for(page, "/formgrader/api/assignments"):
                page.locator(".lm-Menu-item[data-command='nbgrader:open-formgrader']").click()
            frame = _formgrader_frame(page)
            row = frame.locator("tr", has_text=GRADED)
            row.wait_for()
            assert row.locator(".num-submissions").inner_text().strip() == "3", row.inner_text()

        with steps.step("formgrader-students"):
            with _waiting_for(page, "/formgrader/api/students"):
                frame.goto(f"{base}/formgrader/manage_students")
            frame.locator("tbody tr", has_text="alice").first.wait_for()
            names = dict(zip(frame.locator("tbody td.id").all_inner_texts(),
                             frame.locator("tbody td.name").all_inner_texts()))
            assert set(names) == {"alice", "bob", "carol"}, names
            assert not [n for n in names.values() if "None" in n], f"formgrader names students 'None': {names}"

        with steps.step("formgrader-submissions"):
            with _waiting_for(page, f"/formgrader/api/submitted_notebooks/{GRADED}/{GRADED}"):
                frame.goto(f"{base}/formgrader/gradebook/{GRADED}/{GRADED}")
            alice = _submission_row(frame, out, "alice")
            alice.wait_for()
            assert f"{auto_total:g}" in alice.locator(".score").inner_text(), alice.inner_text()

        with steps.step("formgrader-grade-by-hand"):
            with _waiting_for(page, "/formgrader/api/comments"):  # the view's grades and comments loaded
                alice.locator("a.name-hidden").click()
            score = frame.locator(f"input.score#{WRITTEN}")
            score.wait_for()
            with _waiting_for(page, "/formgrader/api/grade/", "PUT"):
                score.fill(str(MANUAL_SCORE))
                score.press("Tab")
            comment = frame.locator(f"textarea#{WRITTEN}-comment")
            with _waiting_for(page, "/formgrader/api/comment/", "PUT"):
                comment.fill(COMMENT)
                comment.press("Tab")

        with steps.step("formgrader-total-updated"):
            with _waiting_for(page, f"/formgrader/api/submitted_notebooks/{GRADED}/{GRADED}"):
                frame.goto(f"{base}/formgrader/gradebook/{GRADED}/{GRADED}")
            alice = _submission_row(frame, out, "alice")
            alice.wait_for()
            assert f"{auto_total + MANUAL_SCORE:g}" in alice.locator(".score").inner_text(), alice.inner_text()
        assert _gradebook_grade(out, "alice") == (MANUAL_SCORE, False, COMMENT)

        # One documented step refreshes every output: a plain re-run over the same folder.
        started, wall = time.monotonic(), time.time()
        run_grader(subs, out, assignment=GRADED)
        _record_timing("instructor: re-run of grade (refresh)", time.monotonic() - started)
        report = out / "report.html"
        assert not report.exists() or report.stat().st_mtime >= wall - 1, "the re-run left report.html as it was"
        after = read_grades(out)
        assert after["alice"][WRITTEN] == f"{MANUAL_SCORE:g}", after["alice"]
        assert float(after["alice"]["total"]) == auto_total + MANUAL_SCORE, after["alice"]
        assert after["bob"][WRITTEN] == "", "bob's answer, not graded yet, is no longer pending"
        feedback = _feedback(out, "alice")
        assert COMMENT.split(";")[0] in feedback, "the feedback lacks the grader's comment"
        assert re.search(rf"(?<![\d.]){MANUAL_SCORE}(\.0)?\s*/\s*10(\.0)?(?![\d.])", feedback), \
            "the feedback lacks the manual score"
        assert _gradebook_grade(out, "alice") == (MANUAL_SCORE, False, COMMENT), "the re-run changed the manual grade"
        exported = subprocess.run([sys.executable, "-m", "autograder", "export", str(out), "--to", "csv",
                                   "--no-feedback"], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert exported.returncode == 0, exported.stderr
        with open(out / "export" / "csv-grades.csv", newline="") as handle:
            rows = {r.get("student_id") or r.get("id"): r for r in csv.DictReader(handle)}
        assert float(rows["alice"]["total"]) == auto_total + MANUAL_SCORE, rows.get("alice")

        with steps.step("formgrader-autograde-row"):
            with _waiting_for(page, f"/formgrader/api/submissions/{GRADED}"):
                frame.goto(f"{base}/formgrader/manage_submissions/{GRADED}")
            alice = frame.locator("tbody tr", has_text="alice")
            alice.wait_for()
            with _waiting_for(page, f"/formgrader/api/submission/{GRADED}/alice/autograde", "POST") as response:
                alice.locator(".autograde a").click()
            assert response.value.json().get("success"), response.value.json()
            frame.locator(".modal .close, .modal button", has_text=re.compile("Close|OK|×")).first.click()
            with _waiting_for(page, f"/formgrader/api/assignment/{GRADED}/alice/generate_feedback", "POST") as response:
                alice.locator(".generate-feedback a").click()
            assert response.value.json().get("success"), response.value.json()
        assert _gradebook_grade(out, "alice") == (MANUAL_SCORE, False, COMMENT), \
            "formgrader's Autograde sent the manual grade back to 'needs manual grading'"
        assert COMMENT.split(";")[0] in _feedback(out, "alice"), "formgrader's feedback lost the comment"
