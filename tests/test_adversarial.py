"""Adversarial suite (issues #3, #9): submissions that attack the grader instead of solving
the assignment, on every assignment of the series.

Every case replaces answer cells with an attack (see ``docs/security.md`` for the threat
model and the table of attack classes). A case is either generic, ``tests/adversarial/
<name>.py``: it attacks the kernel, the sandbox or the pipeline, names cells by position
(``{ANSWER0}``, ``{ANSWER-1}``...) and runs on every assignment; or specific,
``tests/adversarial/<assignment>/<name>.py``: it attacks that assignment's judges (objects
that compare equal to anything, lying tensor subclasses, tampered recorders, plots that
ignore their inputs) and names its cells by id. ``adversarial/_layout.py`` reads each
assignment's parts, answer cells and points from its notebooks and says how a case is
written; expected scores are what an honest grader gives, and a generic case names only the
parts its attack costs (the others score what the reference solution scores).

For each assignment, every case and three honest students (the reference solution and a
correct and a buggy submission of ``tests/corpus/<assignment>/``, scored as the corpus says)
are graded by ONE run of the real command, in the sandbox, while the test watches the host: a
TCP listener on 127.0.0.1, marker files in the course folder, the submissions folder and the
source root, the sandbox uids' processes, and the gradebook. The honest students, graded among
the attackers, must get exactly what the corpus gives them (what they get alone): attackers
change nobody else's grades.

The grader has two sandboxes: warm kernels forked by a zygote (the default) and cold ones
started by bubblewrap (``--cold``). The cases about containment (reads, writes, processes,
network, escapes: :data:`COLD_CLASSES`) are a property of the kernel and the pipeline, not of
the assignment: they run warm and cold, in two runs of the same shape, on
:data:`CONTAINMENT_ASSIGNMENTS` only, as a run per assignment and mode would cost minutes of
the suite's time budget. Every other case (forgery, hooks, patches, fake modules, metadata,
exits, loopholes: what meets an assignment's own probes and judges) runs warm on every
assignment. Forgery does not depend on how the kernel was started.

A case module holds a docstring (the attack and its honest score), ``EXPECTED`` (part ->
score an honest grader gives; the written answer is None, left for manual grading, or 0 when
no answer is left to grade) and ``ANSWERS`` (answer cell -> source; cells left out get the
reference solution, or ``OTHERS`` when the case sets it), and optionally:

* ``NEEDS``: documentation of what the case relies on ({"listener": True}, {"markers": True});
* ``STATUS``: the expected status when it is not "graded" (then no score may be recorded);
* ``MUTATE(nb, layout)``: changes the notebook beyond its answer cells (metadata attacks);
* ``KNOWN_WEAKNESS``: why the grader gives undeserved points today (a string, or a dict keyed
  by mode, assignment or "assignment-mode" for a weakness of one sandbox or assignment); the
  score test is then a strict xfail, so it fails (XPASS) as soon as the weakness is fixed and
  the flag must go;
* ``KNOWN_FEEDBACK_LEAK``: likewise, why this case's feedback shows what it must not.

Placeholders in answer sources, replaced when the test builds the notebooks: ``{PORT}``
(the listener), ``{OUT}`` (the --out folder), ``{SUBS}`` (the submissions folder),
``{SOURCE_ROOT}`` (the --source-root the grader uses, a copy of solutions/), ``{REPO}`` (this
repository), ``{ASSIGNMENT}`` (the assignment graded) and ``{KERNEL_LIB}`` (the kernel-side
helpers of ``adversarial/_kernel_lib.py``).

Set AGADV_KEEP=1 to keep the graded folders (/tmp/agadv-*) for inspection.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import shutil
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from adversarial._host import CPU_TAG, Listener, marker_state, markers, suspects
from adversarial._layout import (POSITION, Case, Layout, cases_of, generic_cases, layout, load_module,
                                 specific_cases, specific_folders)
from autograder.library.points import notebook_points
from conftest import read_grades, run_grader
from notebooks import ASSIGNMENTS, ROOT, reference_answers, release_path, submission, write
from notebooks import read as read_notebook

ADVERSARIAL = Path(__file__).parent / "adversarial"
CORPUS = Path(__file__).parent / "corpus"
KERNEL_LIB = (ADVERSARIAL / "_kernel_lib.py").read_text()
PLACEHOLDERS = ("PORT", "OUT", "SUBS", "SOURCE_ROOT", "REPO", "ASSIGNMENT", "KERNEL_LIB")
#: Honest students besides the reference: (correct, buggy) corpus files of each assignment
#: (an assignment not listed here gets the first of each, by name).
HONEST_PICKS = {
    "pa1_tensors_autograd": ("expansion_matmul_builtin.py", "dists_double_loop.py"),
    "pa2_gradient_descent": ("optim_sgd_dataloader_shuffle.py", "fit_BGD_divides_by_batch_size.py"),
    "pa3_classification": ("while_iter_loader.py", "train_no_train_mode.py"),
}
#: Attack classes, by case-name prefix (docs/security.md has one table row per class).
CLASSES = ("read_", "gradebook_", "neighbour_", "patch_", "fake_", "module_", "hook_", "tamper_",
           "forge_", "exit_", "resource_", "network_", "delete_", "sandbox_", "loophole_",
           "metadata_", "robustness_")
#: Classes that are about containment, graded in the cold sandbox too.
COLD_CLASSES = ("read_", "gradebook_", "neighbour_", "exit_", "resource_", "network_", "delete_", "sandbox_")
#: Assignments whose containment cases run, warm and cold (see the module's docstring).
CONTAINMENT_ASSIGNMENTS = ("pa2_gradient_descent",)
#: Containment classes that also meet an assignment's parts, run warm everywhere: an exit in an
#: answer cell must cost only what follows it, whatever the assignment.
EVERYWHERE = ("exit_",)
MODES = {"warm": (), "cold": ("--cold",)}
RUNS = [(a, "warm") for a in ASSIGNMENTS] + [(a, "cold") for a in ASSIGNMENTS if a in CONTAINMENT_ASSIGNMENTS]
#: Short timeouts; two workers whatever the machine, so that load stays bounded and every
#: kernel but the first of its worker follows others (neighbour_read_other_kernels_output
#: looks for what earlier kernels left behind).
GRADER_ARGS = ("--cell-timeout", "5", "--notebook-timeout", "60", "--cpu-seconds", str(CPU_TAG),
               "--workers", "2")
#: Text that must never reach a student's feedback: hidden tests, solution markers, judges.
FORBIDDEN_IN_FEEDBACK = ("HIDDEN TESTS", "verify(", "from grading import", "BEGIN SOLUTION",
                         "END SOLUTION", "def judge_", "FIT_CRITERIA")


# --------------------------------------------------------------------------- cases

def fill(source: str, values: dict[str, str]) -> str:
    """Replace the known placeholders (and only them: sources are full of braces)."""
    for key in PLACEHOLDERS:
        source = source.replace("{" + key + "}", values[key])
    return source


def run_id(assignment: str, mode: str) -> str:
    return f"{layout(assignment).tag}-{mode}"


def cases_for(assignment: str, mode: str) -> list[Case]:
    if assignment not in CONTAINMENT_ASSIGNMENTS:
        return [c for c in cases_of(assignment)
                if not c.name.startswith(COLD_CLASSES) or c.name.startswith(EVERYWHERE)]
    return [c for c in cases_of(assignment) if mode == "warm" or c.name.startswith(COLD_CLASSES)]


def case_named(assignment: str, name: str) -> Case:
    return next(c for c in cases_of(assignment) if c.name == name)


def honest(assignment: str) -> dict[str, Path | None]:
    """Student id -> corpus file of each honest student (None: the reference solution)."""
    folder = CORPUS / assignment
    correct, buggy = HONEST_PICKS.get(assignment) or (
        min(folder.glob("correct/*.py")).name, min(folder.glob("buggy/*.py")).name)
    return {"honest_a": None, "honest_b": folder / "correct" / correct, "honest_c": folder / "buggy" / buggy}


def honest_row(assignment: str, path: Path | None) -> dict[str, float | None]:
    """What the corpus says an honest student earns (the reference: full marks)."""
    lay = layout(assignment)
    if path is None:
        return lay.full()
    want = load_module(path, "corpus").EXPECTED
    return {p: (None if want[p] is None else float(want[p])) for p in lay.every_part}


def case_params(attribute: str = "KNOWN_WEAKNESS", with_honest: bool = False) -> list:
    params = []
    for assignment, mode in RUNS:
        for case in cases_for(assignment, mode):
            weakness = case.known(attribute, assignment, mode)
            marks = [pytest.mark.xfail(strict=True, reason=weakness)] if weakness else []
            params.append(pytest.param(assignment, mode, case.name, marks=marks,
                                       id=f"{run_id(assignment, mode)}-{case.name}"))
        if with_honest:
            params += [pytest.param(assignment, mode, student, id=f"{run_id(assignment, mode)}-{student}")
                       for student in honest(assignment)]
    return params


def run_params() -> list:
    return [pytest.param(a, m, id=run_id(a, m)) for a, m in RUNS]


def row_scores(row: dict[str, str], lay: Layout) -> dict[str, float | None]:
    return {p: (None if row[p] == "" else float(row[p])) for p in lay.every_part}


def gradebook_scores(out: Path, assignment: str, students: list[str]) -> dict[str, dict[str, float | None]]:
    """Part -> score for each student found in the final gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    scores = {}
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}") as gb:
        for student in students:
            try:
                nb = gb.find_submission_notebook(assignment, assignment, student)
            except MissingEntry:
                continue
            scores[student] = {
                g.name: (None if (g.needs_manual_grade and g.manual_score is None) or g.score is None
                         else float(g.score)) for g in nb.grades}
    return scores


def visible_text(page: str) -> str:
    """The text of an HTML page as a reader sees it (code highlighting split into spans)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL | re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


# --------------------------------------------------------------------------- the runs

@dataclass
class Run:
    assignment: str
    mode: str
    base: Path
    out: Path
    cases: list[Case]
    grades: dict
    students: dict[str, str]
    """Student id -> every answer source of the notebook it submitted, joined."""
    seconds: float
    stdout: str
    listener_connections: list
    survivors: dict[str, str]
    markers_before: dict
    markers_after: dict
    gradebook: dict
    feedback: dict[str, list[Path]] = field(default_factory=dict)

    @property
    def layout(self) -> Layout:
        return layout(self.assignment)


def grade_all(assignment: str, mode: str) -> Run:
    """Build every case of ``mode`` and the honest students, grade them once, watch the host."""
    base = Path(tempfile.mkdtemp(prefix=f"agadv-{run_id(assignment, mode)}-"))
    try:
        return _grade_all(assignment, mode, base)
    except BaseException:
        if not os.environ.get("AGADV_KEEP"):
            shutil.rmtree(base, ignore_errors=True)
        raise


def _grade_all(assignment: str, mode: str, base: Path) -> Run:
    from autograder.execution.sandbox import SandboxSettings

    lay = layout(assignment)
    subs, out, src = base / "subs", base / "out", base / "src"
    subs.mkdir()
    (out / "source").mkdir(parents=True)
    shutil.copytree(ROOT / "solutions", src, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    marker_names = markers(assignment)
    for rel in marker_names:
        (base / rel).write_text(f"agadv marker {rel} {secrets.token_hex(16)}\n")
    markers_before = marker_state(base, marker_names)
    listener = Listener()
    values = {"PORT": str(listener.port), "OUT": str(out), "SUBS": str(subs), "SOURCE_ROOT": str(src),
              "REPO": str(ROOT), "ASSIGNMENT": assignment, "KERNEL_LIB": KERNEL_LIB}
    reference = reference_answers(assignment)
    students: dict[str, str] = {}
    cases = cases_for(assignment, mode)
    for case in cases:
        answers = {cell: fill(source, values) for cell, source in case.answers(lay).items()}
        nb = case.mutate(submission(answers, assignment=assignment), lay)
        write(nb, subs / f"{case.name}.ipynb")
        students[case.name] = "\n".join({**reference, **answers}.values())
    for student, path in honest(assignment).items():
        answers = {} if path is None else load_module(path, "corpus").ANSWERS
        write(submission(answers, assignment=assignment), subs / f"{student}.ipynb")
        students[student] = "\n".join({**reference, **answers}.values())

    uid_base = SandboxSettings().uid_base
    args = ("--source-root", str(src), *GRADER_ARGS, *MODES[mode])
    before = suspects(uid_base)
    try:
        started = time.monotonic()
        proc = run_grader(subs, out, *args, assignment=assignment)
        seconds = time.monotonic() - started
        # What the attacks left behind, the moment grading is over (dying processes get 5 s).
        deadline = time.monotonic() + 5
        survivors = {p: d for p, d in suspects(uid_base).items() if p not in before}
        while survivors and time.monotonic() < deadline:
            time.sleep(0.25)
            survivors = {p: d for p, d in suspects(uid_base).items() if p not in before}
        time.sleep(0.5)  # let a connection still in flight arrive
        connections = list(listener.connections)
    finally:
        listener.close()
    markers_after = marker_state(base, marker_names)
    grades = read_grades(out)
    gradebook = gradebook_scores(out, assignment, sorted(students)) if (out / "gradebook.db").exists() else {}
    feedback = {s: sorted((out / "feedback" / s / assignment).glob("*.html")) for s in students}
    print(f"adversarial {run_id(assignment, mode)}: {len(students)} submissions graded in {seconds:.0f} s")
    return Run(assignment=assignment, mode=mode, base=base, out=out, cases=cases, grades=grades,
               students=students, seconds=seconds, stdout=proc.stdout,
               listener_connections=connections, survivors=survivors, markers_before=markers_before,
               markers_after=markers_after, gradebook=gradebook, feedback=feedback)


@pytest.fixture(scope="module")
def graded():
    """(assignment, mode) -> its Run, graded on first use (each once per test session)."""
    from autograder.execution.sandbox import bwrap_path

    if bwrap_path() is None:
        pytest.skip("the adversarial suite grades in the sandbox: it needs Linux, bubblewrap "
                    "(apt-get install bubblewrap) and root or unprivileged user namespaces")
    runs: dict[tuple, Run | BaseException] = {}

    def get(assignment: str, mode: str) -> Run:
        key = (assignment, mode)
        if key not in runs:
            try:
                runs[key] = grade_all(assignment, mode)
            except Exception as error:  # report it in every test of the run, grade once only
                runs[key] = error
        if isinstance(runs[key], BaseException):
            raise runs[key]
        return runs[key]

    yield get
    if not os.environ.get("AGADV_KEEP"):
        for run in runs.values():
            if isinstance(run, Run):
                shutil.rmtree(run.base, ignore_errors=True)


def explain(run: Run, student: str) -> str:
    """What the grader said about one student: escapes it printed, its verdicts, problems."""
    path = run.out / ".autograder" / "results" / student / f"{run.assignment}.json"
    if not path.exists():
        return f"(no stored results for {student})"
    stored = json.loads(path.read_text())
    escapes = sorted({line for outputs in stored.get("cells", {}).values() for o in outputs
                      for line in str(o.get("text", "")).splitlines() if "AGADV-ESCAPE" in line})
    lines = [v["text"].rstrip() for v in stored.get("verdicts", {}).values()]
    return "\n".join(escapes + lines + [f"problem: {p}" for p in stored.get("problems", [])])


# --------------------------------------------------------------------------- static checks

def test_suite_covers_every_attack_class():
    """Are there at least 28 generic attack cases, one for each class of docs/security.md, and
    judge-specific forgeries (fake_, loophole_) for every assignment, each case documented?"""
    generic = [c.name for c in generic_cases()]
    assert len(generic) >= 28
    every = generic + [c.name for a in ASSIGNMENTS for c in specific_cases(a)]
    missing = [prefix for prefix in CLASSES if not any(s.startswith(prefix) for s in every)]
    assert not missing, f"no case for {missing}"
    assert all(s.startswith(CLASSES) for s in every), "name each case after its class"
    assert [f.name for f in specific_folders() if f.name not in ASSIGNMENTS] == [], "a folder per assignment only"
    for assignment in ASSIGNMENTS:
        names = [c.name for c in cases_of(assignment)]
        assert len(names) == len(set(names)), f"{assignment}: a specific case shadows a generic one"
        assert not set(names) & set(honest(assignment))
        own = [c.name for c in specific_cases(assignment)]
        assert any(n.startswith("fake_") for n in own) and any(n.startswith("loophole_") for n in own), (
            f"{assignment} needs forgeries aimed at its own judges (tests/adversarial/{assignment}/)")
    documented = (ROOT / "docs" / "security.md").read_text()
    paths = [f"{c.name}.py" for c in generic_cases()] + [
        f"{a}/{c.name}.py" for a in ASSIGNMENTS for c in specific_cases(a)]
    assert [p for p in paths if p not in documented] == [], "list every case in docs/security.md"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_layout_is_read_from_the_notebooks(assignment):
    """Does the suite see every graded cell of the assignment, each autograded part with the
    answer cell before it, and the honest students it grades?"""
    lay = layout(assignment)
    assert set(lay.every_part) == set(notebook_points(ROOT / "solutions" / assignment))
    assert lay.parts and len(lay.manual) == 1, "generic cases name one written answer: {MANUAL}"
    assert None not in lay.answers and len(set(lay.answers)) == len(lay.answers)
    assert lay.answer_cells <= set(reference_answers(assignment))
    assert all(path is None or path.exists() for path in honest(assignment).values())


def _well_formed_params() -> list:
    return [pytest.param(a, c.name, id=f"{layout(a).tag}-{c.name}") for a in ASSIGNMENTS for c in cases_of(a)]


@pytest.mark.parametrize("assignment, name", _well_formed_params())
def test_case_is_well_formed(assignment, name):
    """Does the case have a docstring, an EXPECTED naming parts of the assignment, answer cells
    of the release, and sources that compile once their placeholders are filled (and say
    nothing forbidden)?"""
    case, lay = case_named(assignment, name), layout(assignment)
    module = case.module
    assert (module.__doc__ or "").strip(), "say what the attack does and why it earns what it earns"
    if case.assignment is None:  # positions, so that it fits every assignment
        assert all(POSITION.match(k) or k == "{MANUAL}" for k in module.ANSWERS), "name cells by position"
        assert all(POSITION.match(k) or k in ("{MANUAL}", "*") for k in module.EXPECTED), "name parts by position"
    else:
        assert set(module.EXPECTED) == set(lay.every_part)
    expected = case.expected(lay)
    assert set(expected) == set(lay.every_part)
    assert all(expected[m] in (None, 0) for m in lay.manual)  # 0: no answer left to grade by hand
    answers = case.answers(lay)
    assert set(answers) <= lay.answer_cells
    values = {"PORT": "40000", "OUT": "/x/out", "SUBS": "/x/subs", "SOURCE_ROOT": "/x/src",
              "REPO": "/x/repo", "ASSIGNMENT": assignment, "KERNEL_LIB": KERNEL_LIB}
    for text in FORBIDDEN_IN_FEEDBACK:
        assert text not in KERNEL_LIB, f"_kernel_lib.py contains {text!r}"
    for cell, source in answers.items():
        if cell not in lay.manual:
            compile(fill(source, values), f"{name}:{cell}", "exec")
        for text in FORBIDDEN_IN_FEEDBACK:
            assert text not in source, f"{cell} contains {text!r}, which the feedback check looks for"
    case.mutate(submission({}, assignment=assignment), lay)


@pytest.mark.sandbox
def test_watchers_see_what_they_look_for():
    """Do the host watchers work: does the listener record a connection, and does the
    survivor check flag a planted process of a sandbox uid with this suite's CPU limit, and a
    process naming a grader scratch folder that is gone?"""
    import subprocess

    from autograder.execution.sandbox import SandboxSettings, bwrap_path

    root = os.geteuid() == 0
    if bwrap_path() is None or not shutil.which("prlimit") or (root and not shutil.which("setpriv")):
        pytest.skip("needs the sandbox, prlimit and (as root) setpriv")
    listener = Listener()
    try:
        with socket.create_connection(("127.0.0.1", listener.port), timeout=3) as conn:
            conn.sendall(b"hello")
        deadline = time.monotonic() + 3
        while not listener.connections and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.connections and listener.connections[0][1] == b"hello"
    finally:
        listener.close()
    uid = SandboxSettings().uid_base + 7
    as_kernel = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"] if root else []
    planted = [
        subprocess.Popen(as_kernel + ["prlimit", f"--cpu={CPU_TAG}", "--", "sleep", "30"]),
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)",
                          f"/var/tmp/autograder-run-agadv{secrets.token_hex(4)}/zygote.sock"]),
    ]
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            found = suspects(SandboxSettings().uid_base)
            if all(str(p.pid) in found for p in planted):
                break
            time.sleep(0.1)
        assert all(str(p.pid) in found for p in planted), found
    finally:
        for process in planted:
            process.kill()
            process.wait()


# --------------------------------------------------------------------------- the graded runs


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode", run_params())
def test_grader_ran_every_submission(graded, assignment, mode):
    """Did the one grading run finish and report every attacker and honest student?"""
    run = graded(assignment, mode)
    assert set(run.grades) == set(run.students), run.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode, name", case_params())
def test_attack_earns_no_undeserved_points(graded, assignment, mode, name):
    """Does the attacker get exactly what an honest grader gives (its EXPECTED), graded?"""
    run = graded(assignment, mode)
    case, lay = case_named(assignment, name), run.layout
    row = run.grades[name]
    want_status = case.status()
    assert row["status"].startswith(want_status), f"status {row['status']!r}\n{explain(run, name)}"
    if want_status != "graded":  # an error: no score at all, here or in the gradebook
        assert row_scores(row, lay) == {p: None for p in lay.every_part} and row["total"] == "", row
        assert all(v is None for v in run.gradebook.get(name, {}).values())
        return
    got, want = row_scores(row, lay), case.expected(lay)
    assert got == want, f"{name}: graded {got}, an honest grader gives {want}\n" + explain(run, name)


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode", run_params())
def test_marker_files_are_untouched(graded, assignment, mode):
    """Are the marker files in the course folder, the submissions folder and the source root
    all still there, with the same inode, content and modification time?"""
    run = graded(assignment, mode)
    assert run.markers_after == run.markers_before


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode", run_params())
def test_no_connection_reached_the_host(graded, assignment, mode):
    """Did the TCP listener on the host's loopback see no connection at all?"""
    assert graded(assignment, mode).listener_connections == []


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode", run_params())
def test_no_process_survives_grading(graded, assignment, mode):
    """Is every process the run started gone once grading is over: every process of the
    sandbox uids (daemons, forks and busy loops included), and every zygote and bubblewrap?"""
    survivors = graded(assignment, mode).survivors
    assert survivors == {}, "\n".join(survivors.values())


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode", run_params())
def test_honest_students_are_unaffected(graded, assignment, mode):
    """Do the honest students get, among attackers, exactly the grades the corpus gives them
    (each part and the total), graded without a problem?"""
    run = graded(assignment, mode)
    for student, path in honest(assignment).items():
        want = honest_row(assignment, path)
        got = row_scores(run.grades[student], run.layout)
        assert run.grades[student]["status"] == "graded" and got == want, f"{student}: {got} != {want}"
        assert float(run.grades[student]["total"]) == sum(v for v in want.values() if v), student


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode", run_params())
def test_gradebook_matches_grades_csv(graded, assignment, mode):
    """Does the final gradebook hold, for every student, exactly the scores of grades.csv (no
    attack changed a gradebook entry, its own or anyone else's, during or after grading)?"""
    run = graded(assignment, mode)
    assert (run.out / "gradebook.db").exists()
    for student, row in sorted(run.grades.items()):
        if row["status"] == "graded":
            assert run.gradebook.get(student) == row_scores(row, run.layout), student
        else:
            assert all(v is None for v in run.gradebook.get(student, {}).values()), student


@cache
def _solution_only_lines(assignment: str) -> frozenset[str]:
    """Lines of the reference answers that appear nowhere in the released notebook (not even
    inside a line of it, as a hint quoting a loop header does)."""
    public = "\n".join(cell.source for cell in read_notebook(release_path(assignment)).cells)
    return frozenset(line.strip() for source in reference_answers(assignment).values()
                     for line in source.splitlines() if len(line.strip()) >= 30 and line.strip() not in public)


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("assignment, mode, student", case_params("KNOWN_FEEDBACK_LEAK", with_honest=True))
def test_feedback_reveals_no_hidden_material(graded, assignment, mode, student):
    """Is the student's feedback free of hidden tests, judge code and solution lines the
    student did not write, and small (output floods are truncated)?"""
    run = graded(assignment, mode)
    if run.grades[student]["status"] != "graded":
        assert run.feedback[student] == [], "no feedback for a submission that was not graded"
        return
    pages = run.feedback[student]
    assert pages, "no feedback"
    own = {line.strip() for line in run.students[student].splitlines()}
    problems = []
    for page in pages:
        raw = page.read_text(errors="replace")
        if len(raw) > 4 * 1024 * 1024:
            problems.append(f"{page.name} is {len(raw)} bytes")
        text = visible_text(raw)
        problems += [f"{page.name} shows {s!r}" for s in FORBIDDEN_IN_FEEDBACK if s in text]
        leaked = sorted(line for line in _solution_only_lines(assignment) - own if line in text)
        problems += [f"{page.name} shows solution line {line[:80]!r}..." for line in leaked]
    assert not problems, "\n".join(problems)
