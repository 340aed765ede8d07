"""Adversarial suite (issue #3): submissions that attack the grader instead of solving PA2.

Every case in ``tests/adversarial/<name>.py`` replaces answer cells with an attack (see
``docs/security.md`` for the threat model and the table of attack classes). All cases and
three honest students are graded by ONE run of the real command, in the sandbox, while the
test watches the host: a TCP listener on 127.0.0.1, marker files in the course folder, the
submissions folder and the source root, the sandbox uids' processes, and the gradebook. A
second, small run grades the honest students alone, to show that attackers change nobody
else's grades.

The grader has two sandboxes: warm kernels forked by a zygote (the default) and cold ones
started by bubblewrap (``--cold``). Every case runs warm; the cases about containment
(reads, writes, processes, network, escapes: :data:`COLD_CLASSES`) also run cold, in a
second run of the same shape. Forgery does not depend on how the kernel was started.

A case module holds a docstring (the attack and its honest score), ``EXPECTED`` (part ->
score an honest grader gives; ``discussion`` is None, left for manual grading, or 0 when no
answer is left to grade) and
``ANSWERS`` (answer cell id -> source; cells left out get the reference solution), and
optionally:

* ``NEEDS``: documentation of what the case relies on ({"listener": True}, {"markers": True});
* ``STATUS``: the expected status when it is not "graded" (then no score may be recorded);
* ``MUTATE(nb)``: changes the notebook beyond its answer cells (metadata attacks);
* ``KNOWN_WEAKNESS``: why the grader gives undeserved points today (a string, or a dict
  mode -> string for a weakness of one sandbox); the score test is then a strict xfail, so it
  fails (XPASS) as soon as the weakness is fixed and the flag must go;
* ``KNOWN_FEEDBACK_LEAK``: likewise, why this case's feedback shows what it must not.

Placeholders in answer sources, replaced when the test builds the notebooks: ``{PORT}``
(the listener), ``{OUT}`` (the --out folder), ``{SUBS}`` (the submissions folder),
``{SOURCE_ROOT}`` (the --source-root the grader uses, a copy of solutions/), ``{REPO}`` (this
repository) and ``{KERNEL_LIB}`` (the kernel-side helpers of ``adversarial/_kernel_lib.py``).

Set AGADV_KEEP=1 to keep the graded folders (/tmp/agadv-*) for inspection.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import read_grades, run_grader
from notebooks import ROOT, reference_answers, submission, write
from notebooks import read as read_release

ADVERSARIAL = Path(__file__).parent / "adversarial"
CORPUS = Path(__file__).parent / "corpus" / "pa2_gradient_descent"
CASES = sorted(p for p in ADVERSARIAL.glob("*.py") if not p.name.startswith("_"))
KERNEL_LIB = (ADVERSARIAL / "_kernel_lib.py").read_text()
ASSIGNMENT = "pa2_gradient_descent"
PARTS = ["model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD", "discussion"]
ANSWER_CELLS = {"model_answer", "loss_func_answer", "fit_GD_answer", "plot_GD_answer", "fit_BGD_answer",
                "plot_BGD_answer", "discussion"}
PLACEHOLDERS = ("PORT", "OUT", "SUBS", "SOURCE_ROOT", "REPO", "KERNEL_LIB")
HONEST = {
    "honest_a": None,  # the reference solution
    "honest_b": CORPUS / "correct" / "optim_sgd_dataloader_shuffle.py",
    "honest_c": CORPUS / "buggy" / "fit_BGD_divides_by_batch_size.py",
}
FULL = {"model": 10.0, "loss_func": 10.0, "fit_GD": 30.0, "plot_GD": 5.0, "fit_BGD": 30.0, "plot_BGD": 5.0,
        "discussion": None}
#: Attack classes, by case-name prefix (docs/security.md has one table row per class).
CLASSES = ("read_", "gradebook_", "neighbour_", "patch_", "fake_", "module_", "hook_", "tamper_",
           "forge_", "exit_", "resource_", "network_", "delete_", "sandbox_", "loophole_",
           "metadata_", "robustness_")
#: Classes that are about containment, graded in the cold sandbox too.
COLD_CLASSES = ("read_", "gradebook_", "neighbour_", "exit_", "resource_", "network_", "delete_", "sandbox_")
MODES = {"warm": (), "cold": ("--cold",)}
#: A CPU limit no default run uses: it marks this suite's kernels (and anything they fork) in
#: /proc/<pid>/limits, so that kernels of other grading runs on the machine are not blamed.
CPU_TAG = 117
#: Short timeouts; two workers whatever the machine, so that load stays bounded and every
#: kernel but the first of its worker follows others (neighbour_read_other_kernels_output
#: looks for what earlier kernels left behind).
GRADER_ARGS = ("--cell-timeout", "10", "--notebook-timeout", "90", "--cpu-seconds", str(CPU_TAG),
               "--workers", "2")
#: Text that must never reach a student's feedback: hidden tests, solution markers, judges.
FORBIDDEN_IN_FEEDBACK = ("HIDDEN TESTS", "verify(", "from grading import", "BEGIN SOLUTION",
                         "END SOLUTION", "def judge_", "FIT_CRITERIA")
MARKERS = ("out/MARKER", "out/source/MARKER", "subs/.MARKER", "src/MARKER",
           f"src/{ASSIGNMENT}/grading/MARKER")
#: Scratch folders of the grader's kernels and zygotes, as they appear on command lines.
SCRATCH = re.compile(r"(?:/var)?/tmp/(?:autograder-run-|autograder-kernel-|k-)[A-Za-z0-9_]+")


# --------------------------------------------------------------------------- cases

def load(path: Path):
    spec = importlib.util.spec_from_file_location(f"adversarial_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fill(source: str, values: dict[str, str]) -> str:
    """Replace the known placeholders (and only them: sources are full of braces)."""
    for key in PLACEHOLDERS:
        source = source.replace("{" + key + "}", values[key])
    return source


def cases_for(mode: str) -> list[Path]:
    return [p for p in CASES if mode == "warm" or p.stem.startswith(COLD_CLASSES)]


def known(module, attribute: str, mode: str):
    """The case's known weakness of this kind in this sandbox mode, if any."""
    weakness = getattr(module, attribute, None)
    return weakness.get(mode) if isinstance(weakness, dict) else weakness


def case_params(attribute: str = "KNOWN_WEAKNESS", honest: bool = False) -> list:
    params = []
    for mode in MODES:
        for path in cases_for(mode):
            weakness = known(load(path), attribute, mode)
            marks = [pytest.mark.xfail(strict=True, reason=weakness)] if weakness else []
            params.append(pytest.param(mode, path.stem, id=f"{mode}-{path.stem}", marks=marks))
        if honest:
            params += [pytest.param(mode, student, id=f"{mode}-{student}") for student in HONEST]
    return params


def expected_row(module) -> dict[str, float | None]:
    return {p: (None if module.EXPECTED[p] is None else float(module.EXPECTED[p])) for p in PARTS}


def row_scores(row: dict[str, str]) -> dict[str, float | None]:
    return {p: (None if row[p] == "" else float(row[p])) for p in PARTS}


# --------------------------------------------------------------------------- host watchers

class Listener:
    """A TCP listener on the host's loopback that records every connection it accepts."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections: list[tuple] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, address = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            with conn:
                conn.settimeout(1.0)
                try:
                    data = conn.recv(200)
                except OSError:
                    data = b""
            self.connections.append((address, data))

    def close(self):
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


def _proc_text(pid: str, name: str) -> str:
    with open(f"/proc/{pid}/{name}", "rb") as handle:
        return handle.read().replace(b"\0", b" ").decode(errors="replace")


def suspects(uid_base: int) -> dict[str, str]:
    """pid -> description of every process that outlives a grading run of this suite:

    * any process of a sandbox uid (``uid_base`` + slot, a slot being a worker's pid; rootless,
      where that uid exists only in the kernel's user namespace, the grading user's uid) whose
      CPU limit is :data:`CPU_TAG` (a kernel of this suite, or anything it forked);
    * any process (root zygotes and bubblewrap included) whose command line names a scratch
      folder of the grader that no longer exists (a leftover of a run that is over).
    """
    found = {}
    own = os.getuid() if os.geteuid() != 0 else None  # rootless: kernels show as our uid on the host
    for folder in Path("/proc").iterdir():
        if not folder.name.isdigit():
            continue
        pid = folder.name
        try:
            status = _proc_text(pid, "status")
            cmdline = _proc_text(pid, "cmdline")
            uid = int(re.search(r"^Uid:\s+(\d+)", status, re.M).group(1))
            cpu = re.search(r"^Max cpu time\s+(\S+)", _proc_text(pid, "limits"), re.M).group(1)
        except (OSError, AttributeError, ValueError):
            continue  # gone while we looked, or a kernel thread
        name = re.search(r"^Name:\s+(.*)$", status, re.M).group(1)
        what = f"pid {pid} uid {uid} {name}: {cmdline[:160]!r}"
        if (uid_base <= uid < uid_base + 2 ** 22 or uid == own) and cpu == str(CPU_TAG):
            found[pid] = what + " (a kernel of this suite, or its child)"
        elif any(not os.path.exists(path) for path in SCRATCH.findall(cmdline)):
            found[pid] = what + " (its grading run's scratch folder is gone)"
    return found


def marker_state(base: Path) -> dict[str, tuple]:
    out = {}
    for rel in MARKERS:
        path = base / rel
        try:
            st = path.stat()
            out[rel] = (path.read_text(), st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError as error:
            out[rel] = ("missing", type(error).__name__)
    return out


def gradebook_scores(out: Path, students: list[str]) -> dict[str, dict[str, float | None]]:
    """Part -> score for each student found in the final gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    scores = {}
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}") as gb:
        for student in students:
            try:
                nb = gb.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
            except MissingEntry:
                continue
            scores[student] = {
                g.name: (None if (g.needs_manual_grade and g.manual_score is None) or g.score is None
                         else float(g.score)) for g in nb.grades}
    return scores


def visible_text(page: str) -> str:
    """The text of an HTML page as a reader sees it (code highlighting split into spans)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


# --------------------------------------------------------------------------- the runs

@dataclass
class Run:
    mode: str
    base: Path
    out: Path
    cases: list[Path]
    grades: dict
    clean_grades: dict
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


def grade_all(mode: str) -> Run:
    """Build every case of ``mode`` and the honest students, grade them once, watch the host."""
    base = Path(tempfile.mkdtemp(prefix=f"agadv-{mode}-"))
    try:
        return _grade_all(mode, base)
    except BaseException:
        if not os.environ.get("AGADV_KEEP"):
            shutil.rmtree(base, ignore_errors=True)
        raise


def _grade_all(mode: str, base: Path) -> Run:
    from autograder.execution.sandbox import SandboxSettings

    subs, out, src = base / "subs", base / "out", base / "src"
    subs.mkdir()
    (out / "source").mkdir(parents=True)
    shutil.copytree(ROOT / "solutions", src, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    for rel in MARKERS:
        (base / rel).write_text(f"agadv marker {rel} {secrets.token_hex(16)}\n")
    markers_before = marker_state(base)
    listener = Listener()
    values = {"PORT": str(listener.port), "OUT": str(out), "SUBS": str(subs), "SOURCE_ROOT": str(src),
              "REPO": str(ROOT), "KERNEL_LIB": KERNEL_LIB}
    reference = reference_answers()
    students: dict[str, str] = {}
    cases = cases_for(mode)
    for path in cases:
        module = load(path)
        answers = {cell: fill(source, values) for cell, source in module.ANSWERS.items()}
        nb = submission(answers)
        if hasattr(module, "MUTATE"):
            nb = module.MUTATE(nb) or nb
        write(nb, subs / f"{path.stem}.ipynb")
        students[path.stem] = "\n".join({**reference, **answers}.values())
    clean_subs = base / "clean_subs"
    for student, path in HONEST.items():
        answers = {} if path is None else load(path).ANSWERS
        for folder in (subs, clean_subs):
            write(submission(answers), folder / f"{student}.ipynb")
        students[student] = "\n".join({**reference, **answers}.values())

    uid_base = SandboxSettings().uid_base
    args = ("--source-root", str(src), *GRADER_ARGS, *MODES[mode])
    before = suspects(uid_base)
    try:
        started = time.monotonic()
        proc = run_grader(subs, out, *args)
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
    markers_after = marker_state(base)
    grades = read_grades(out)
    gradebook = gradebook_scores(out, sorted(students)) if (out / "gradebook.db").exists() else {}
    feedback = {s: sorted((out / "feedback" / s / ASSIGNMENT).glob("*.html")) for s in students}
    # The honest students again, alone in a fresh course: attackers must not change their grades.
    run_grader(clean_subs, base / "clean_out", *args)
    clean_grades = read_grades(base / "clean_out")
    return Run(mode=mode, base=base, out=out, cases=cases, grades=grades, clean_grades=clean_grades,
               students=students, seconds=seconds, stdout=proc.stdout, listener_connections=connections,
               survivors=survivors, markers_before=markers_before, markers_after=markers_after,
               gradebook=gradebook, feedback=feedback)


@pytest.fixture(scope="module")
def graded():
    """mode -> its Run, graded on first use (each mode once per test session)."""
    from autograder.execution.availability import bwrap_path

    if bwrap_path() is None:
        pytest.skip("the adversarial suite grades in the sandbox: it needs Linux, bubblewrap "
                    "(apt-get install bubblewrap) and root or unprivileged user namespaces")
    runs: dict[str, Run | BaseException] = {}

    def get(mode: str) -> Run:
        if mode not in runs:
            try:
                runs[mode] = grade_all(mode)
            except Exception as error:  # report it in every test of the mode, grade once only
                runs[mode] = error
        if isinstance(runs[mode], BaseException):
            raise runs[mode]
        return runs[mode]

    yield get
    if not os.environ.get("AGADV_KEEP"):
        for run in runs.values():
            if isinstance(run, Run):
                shutil.rmtree(run.base, ignore_errors=True)


def explain(run: Run, student: str) -> str:
    """What the grader said about one student: escapes it printed, its verdicts, problems."""
    path = run.out / ".autograder" / "results" / student / f"{ASSIGNMENT}.json"
    if not path.exists():
        return f"(no stored results for {student})"
    stored = json.loads(path.read_text())
    escapes = sorted({line for outputs in stored.get("cells", {}).values() for o in outputs
                      for line in str(o.get("text", "")).splitlines() if "AGADV-ESCAPE" in line})
    lines = [v["text"].rstrip() for v in stored.get("verdicts", {}).values()]
    return "\n".join(escapes + lines + [f"problem: {p}" for p in stored.get("problems", [])])


# --------------------------------------------------------------------------- static checks

def test_suite_covers_every_attack_class():
    """Are there at least 28 attack cases, and at least one for each class of docs/security.md?"""
    assert len(CASES) >= 28
    stems = [p.stem for p in CASES]
    missing = [prefix for prefix in CLASSES if not any(s.startswith(prefix) for s in stems)]
    assert not missing, f"no case for {missing}"
    assert all(s.startswith(CLASSES) for s in stems), "name each case after its class"
    assert not set(stems) & set(HONEST)
    documented = (ROOT / "docs" / "security.md").read_text()
    assert [s for s in stems if f"{s}.py" not in documented] == [], "list every case in docs/security.md"


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_is_well_formed(path):
    """Does the case have a docstring, a full EXPECTED, answer cells of the release, and
    sources that compile once their placeholders are filled (and say nothing forbidden)?"""
    module = load(path)
    assert (module.__doc__ or "").strip(), "say what the attack does and why it earns what it earns"
    assert set(module.EXPECTED) == set(PARTS)
    assert module.EXPECTED["discussion"] in (None, 0)  # 0: no answer left to grade by hand
    assert set(module.ANSWERS) <= ANSWER_CELLS
    values = {"PORT": "40000", "OUT": "/x/out", "SUBS": "/x/subs", "SOURCE_ROOT": "/x/src",
              "REPO": "/x/repo", "KERNEL_LIB": KERNEL_LIB}
    for text in FORBIDDEN_IN_FEEDBACK:
        assert text not in KERNEL_LIB, f"_kernel_lib.py contains {text!r}"
    for cell, source in module.ANSWERS.items():
        if cell != "discussion":
            compile(fill(source, values), f"{path.stem}:{cell}", "exec")
        for text in FORBIDDEN_IN_FEEDBACK:
            assert text not in source, f"{cell} contains {text!r}, which the feedback check looks for"


@pytest.mark.sandbox
def test_watchers_see_what_they_look_for():
    """Do the host watchers work: does the listener record a connection, and does the
    survivor check flag a planted process of a sandbox uid with this suite's CPU limit, and a
    process naming a grader scratch folder that is gone?"""
    import subprocess

    from autograder.execution.sandbox import SandboxSettings

    from autograder.execution.availability import bwrap_path

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
@pytest.mark.parametrize("mode", MODES)
def test_grader_ran_every_submission(graded, mode):
    """Did the one grading run finish and report every attacker and honest student?"""
    run = graded(mode)
    assert set(run.grades) == set(run.students), run.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode, case", case_params())
def test_attack_earns_no_undeserved_points(graded, mode, case):
    """Does the attacker get exactly what an honest grader gives (its EXPECTED), graded?"""
    run = graded(mode)
    module = load(ADVERSARIAL / f"{case}.py")
    row = run.grades[case]
    want_status = getattr(module, "STATUS", "graded")
    assert row["status"].startswith(want_status), f"status {row['status']!r}\n{explain(run, case)}"
    if want_status != "graded":  # an error: no score at all, here or in the gradebook
        assert row_scores(row) == {p: None for p in PARTS} and row["total"] == "", row
        assert all(v is None for v in run.gradebook.get(case, {}).values())
        return
    got = row_scores(row)
    assert got == expected_row(module), (
        f"{case}: graded {got}, an honest grader gives {expected_row(module)}\n" + explain(run, case))


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode", MODES)
def test_marker_files_are_untouched(graded, mode):
    """Are the marker files in the course folder, the submissions folder and the source root
    all still there, with the same inode, content and modification time?"""
    run = graded(mode)
    assert run.markers_after == run.markers_before


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode", MODES)
def test_no_connection_reached_the_host(graded, mode):
    """Did the TCP listener on the host's loopback see no connection at all?"""
    assert graded(mode).listener_connections == []


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode", MODES)
def test_no_process_survives_grading(graded, mode):
    """Is every process the run started gone once grading is over: every process of the
    sandbox uids (daemons, forks and busy loops included), and every zygote and bubblewrap?"""
    survivors = graded(mode).survivors
    assert survivors == {}, "\n".join(survivors.values())


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode", MODES)
def test_honest_students_are_unaffected(graded, mode):
    """Do the honest students get, among attackers, exactly the grades of a clean run, and the
    grades the corpus gives them?"""
    run = graded(mode)
    for student, path in HONEST.items():
        assert run.grades[student] == run.clean_grades[student], student
        want = FULL if path is None else expected_row(load(path))
        assert run.grades[student]["status"] == "graded" and row_scores(run.grades[student]) == want, student


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode", MODES)
def test_gradebook_matches_grades_csv(graded, mode):
    """Does the final gradebook hold, for every student, exactly the scores of grades.csv (no
    attack changed a gradebook entry, its own or anyone else's, during or after grading)?"""
    run = graded(mode)
    assert (run.out / "gradebook.db").exists()
    for student, row in sorted(run.grades.items()):
        if row["status"] == "graded":
            assert run.gradebook.get(student) == row_scores(row), student
        else:
            assert all(v is None for v in run.gradebook.get(student, {}).values()), student


def _solution_only_lines() -> set[str]:
    """Lines of the reference answers that appear nowhere in the released notebook."""
    public = {line.strip() for cell in read_release().cells for line in cell.source.splitlines()}
    return {line.strip() for source in reference_answers().values()
            for line in source.splitlines() if len(line.strip()) >= 30} - public


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.parametrize("mode, student", case_params("KNOWN_FEEDBACK_LEAK", honest=True))
def test_feedback_reveals_no_hidden_material(graded, mode, student):
    """Is the student's feedback free of hidden tests, judge code and solution lines the
    student did not write, and small (output floods are truncated)?"""
    run = graded(mode)
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
        leaked = sorted(line for line in _solution_only_lines() - own if line in text)
        problems += [f"{page.name} shows solution line {line[:80]!r}..." for line in leaked]
    assert not problems, "\n".join(problems)
