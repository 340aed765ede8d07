"""The student's JupyterLab loop in a real browser (issue #12): headless Chromium, driven by
Playwright, against one real ``jupyter lab`` server started here on a loopback port.

For every released assignment (``notebooks/<assignment>/``): the notebook opens without a
kernel dialog, runs on the stubs (its self-checks say what is missing), a part typed in
passes its self-check, and a complete notebook's "Restart Kernel and Run All" is timed, its
figures render and nbgrader's Validate accepts it; on the stubs (one part answered), Validate
fails, naming a part still missing and not the one answered.

No sleeps: pages are waited on through JupyterLab's own state (``window.jupyterapp``, with
``--LabApp.expose_app_in_browser``). Each step keeps a screenshot and its wall and CPU time
in the artifacts; a failing step also keeps the page's console.
"""

from __future__ import annotations

import shutil

import nbformat
import pytest

from browser import BROWSER_MARKS, Steps, jupyter_server, new_page, open_lab, timed
from notebooks import ROOT, grade_id, reference_answers, release_path, source_path, submission, write

pytest_plugins = ["browser"]  # the session's Chromium
pytestmark = BROWSER_MARKS

#: Every assignment with a student release (``notebooks/<a>/<a>.ipynb``).
RELEASED = sorted(p.parent.name for p in (ROOT / "notebooks").glob("*/*.ipynb") if p.stem == p.parent.name)
TIMEOUT_MS = 180_000  # a kernel start, a run or a Validate on a loaded 2-core machine
POLL_MS = 100  # how often a wait re-reads JupyterLab's state (instead of every animation frame)
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


def _wait(page, predicate: str, arg=None, timeout_ms: int = TIMEOUT_MS) -> None:
    page.wait_for_function(predicate, arg=arg, polling=POLL_MS, timeout=timeout_ms)


def _command(page, command: str) -> None:
    """Run a JupyterLab command and wait for its promise (e.g. ``notebook:run-all-cells``)."""
    page.evaluate("(command) => window.jupyterapp.commands.execute(command).then(() => null)", command)


def _open_notebook(page, path: str) -> None:
    """Open ``path`` (relative to the server's root) and wait for its kernel."""
    page.evaluate("(path) => window.jupyterapp.commands.execute('docmanager:open', {path}).then(() => null)", path)
    _wait(page, KERNEL_IDLE, arg=path)


def _close_notebook(page) -> None:
    """Shut the current notebook's kernel down and close its tab (saved: Validate saved it)."""
    page.evaluate("""async () => { const w = window.jupyterapp.shell.currentWidget;
        await w.sessionContext.shutdown(); await w.context.save(); w.dispose(); }""")


def _close_leftovers(page) -> None:
    """Dismiss the dialogs and close the notebooks an earlier test left open when it failed
    half-way: the next test then fails (or passes) on its own, not on its predecessor's."""
    dialogs = page.locator(".jp-Dialog")
    while (count := dialogs.count()):
        buttons = dialogs.first.locator(".jp-Dialog-button.jp-mod-reject")
        (buttons if buttons.count() else dialogs.first.locator(".jp-Dialog-button")).first.click()
        _wait(page, "(n) => document.querySelectorAll('.jp-Dialog').length < n", arg=count, timeout_ms=30_000)
    page.evaluate("""async () => {
        for (const w of Array.from(window.jupyterapp.shell.widgets('main'))) {
          if (w.sessionContext) { await w.sessionContext.shutdown(); w.dispose(); } } }""")


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
        raise AssertionError(f"Validate: expected {expect}, got: {dialog.inner_text()[:1500]}")
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
    _wait(page, CELL_RAN, arg=[index, before])


# ------------------------------------------------------------------ the notebooks


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


def _opening(source: str) -> str:
    """A cell's first line (a self-check's says which part it checks): how Validate's
    dialog, which shows the failing cell's source, is matched to a part."""
    return next((line.strip() for line in source.splitlines() if line.strip()), source)


def _expected_figures(assignment: str) -> int:
    """Figures the solution draws (its stored outputs, as nbval compares them)."""
    nb = nbformat.read(str(source_path(assignment)), as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code"
               for o in c.get("outputs", []) if "image/png" in o.get("data", {}))


@pytest.fixture(scope="module")
def student_lab(tmp_path_factory, browser):
    """One JupyterLab for the student tests: each assignment's release, as handed out, and a
    complete copy (the reference answers typed in), in a folder of their own. A student's
    JupyterLab has no formgrader."""
    root = tmp_path_factory.mktemp("student")
    for assignment in RELEASED:
        shutil.copy(release_path(assignment), root / f"{assignment}.ipynb")
        write(submission(assignment=assignment), root / f"{assignment}_complete.ipynb")
    with jupyter_server(root, app="lab", disable=("nbgrader.server_extensions.formgrader",)) as (base, token):
        page = new_page(browser, timeout_ms=60_000)
        with timed("student: open JupyterLab"):
            open_lab(page, base, token, timeout_ms=TIMEOUT_MS)
        yield page
        page.close()


@pytest.mark.parametrize("assignment", RELEASED)
def test_student_works_and_validates(student_lab, assignment):
    """Can a student open the release without a kernel dialog, learn from the self-checks what
    is missing, answer a part and see its check pass (and be told by Validate which part
    fails), while a complete notebook runs top to bottom, draws its figures and validates?"""
    page = student_lab
    steps = Steps(page, f"student-{assignment}")
    stub, complete = f"{assignment}.ipynb", f"{assignment}_complete.ipynb"
    parts = _parts(assignment)
    assert parts, f"{assignment}: no self-check follows its answer cell"
    release_cells = nbformat.read(str(release_path(assignment)), as_version=4).cells
    (first, answer_at, check_at), rest = parts[0], parts[1:]
    _close_leftovers(page)

    with steps.step("open-release"):
        _open_notebook(page, stub)
        _no_dialog(page, f"{stub} opened")
        assert page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.kernelDisplayName") \
            .startswith("Python 3"), "the release does not name the course's kernel"

    with steps.step("run-all-stubs"):
        _command(page, "notebook:run-all-cells")
        _wait(page, KERNEL_IDLE, arg=stub)
        cells = _cells(page)
        failed = [(c["id"], _errors(c)) for c in cells if _errors(c)]
        assert failed, f"{stub}: the stubs ran without any error: the self-checks do not notice missing answers"
        where, errors = failed[0]
        assert where == first, f"{stub}: the first error is in {where}, expected {first}'s self-check: {errors}"
        assert first in " ".join(errors), f"{stub}: {first}'s self-check does not name what is missing: {errors}"

    with steps.step(f"answer-{first}"):
        _type_into_cell(page, answer_at, reference_answers(assignment)[grade_id(release_cells[answer_at])])
        _run_cell(page, answer_at)
        _run_cell(page, check_at)
        cell = _cells(page)[check_at]
        assert not _errors(cell), f"{first}: a correct answer fails its self-check: {_errors(cell)}"

    with steps.step("validate-stubs"):
        text = _validate(page, expect="failed")
        shown = {name for name, _, check in parts if _opening(release_cells[check].source) in text}
        assert shown & {name for name, _, _ in rest} or (not rest and "written" in text.lower()), \
            f"Validate on the stubs shows none of the self-checks still failing ({[r[0] for r in rest]}): {text[:800]}"
        assert first not in shown, f"Validate shows {first}'s self-check failing, answered correctly: {text[:800]}"
    _close_dialog(page)
    _close_notebook(page)

    with steps.step("open-complete"):
        _open_notebook(page, complete)
        _no_dialog(page, f"{complete} opened")
        _command(page, "notebook:clear-all-cell-outputs")

    with steps.step("restart-and-run-all"):
        page.locator(f"{PANEL} [data-command='notebook:restart-run-all']").click()
        page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
        with timed(f"{assignment}: Restart Kernel and Run All on the solution"):
            _wait(page, ALL_RAN)
        cells = _cells(page)
        errors = {c["id"] or f"cell {i}": _errors(c) for i, c in enumerate(cells) if _errors(c)}
        assert not errors, f"{complete}: the complete notebook fails: {errors}"
        _wait(page, f"() => ({FIGURES})() >= {_expected_figures(assignment)}", timeout_ms=30_000)
        page.locator(f"{PANEL} .jp-OutputArea-output img").first.scroll_into_view_if_needed()  # for the screenshot

    with steps.step("validate-complete"):
        _validate(page, expect="success")
    _close_dialog(page)
    _close_notebook(page)
