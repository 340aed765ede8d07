"""Scale: the same scores from one worker, two workers, a Dask cluster and PostgreSQL,
and incremental regrading (#4)."""

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, read_grades, run_grader, sandbox_available
from notebooks import load_case, submission, write

pytestmark = pytest.mark.slow
CASES = ["correct/optim_sgd_dataloader_shuffle.py", "correct/analytic_gradients.py",
         "buggy/fit_BGD_divides_by_batch_size.py", "buggy/model_missing_bias.py",
         "buggy/fit_GD_grads_never_zeroed.py", "buggy/plot_GD_no_title.py"]
SECRET = b"0123456789abcdef0123456789abcdef"  # the same probe inputs in every run compared


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def subs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale") / "subs"
    for case in CASES:
        _, answers, _ = load_case(ROOT / "tests" / "corpus" / "pa2_gradient_descent" / case)
        write(submission(answers), folder / f"{Path(case).stem}.ipynb")
    return folder


def _grade(subs, out, *extra, feedback=False):
    """Grade as the command line does (without feedback pages unless asked: scores are compared)."""
    (out / ".autograder").mkdir(parents=True, exist_ok=True)
    (out / ".autograder" / "secret").write_bytes(SECRET)
    proc = run_grader(subs, out, *extra, *(() if feedback else ("--no-feedback",)))
    return read_grades(out), proc


@pytest.fixture(scope="module")
def one_at_a_time(subs, tmp_path_factory):
    return _grade(subs, tmp_path_factory.mktemp("w1") / "out", "--workers", "1", "--cold")[0]


@pytest.fixture(scope="module")
def two_warm(subs, tmp_path_factory):
    """One grading by two warm workers, feedback included: compared below, and the first
    grading of the regrading tests (each works on its own copy of the course folder)."""
    out = tmp_path_factory.mktemp("w2") / "out"
    _grade(subs, out, "--workers", "2", feedback=True)
    return out


def _copy_of(out: Path, tmp_path: Path) -> Path:
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "out"


def test_two_warm_workers_give_the_same_scores_as_one_cold_worker(two_warm, one_at_a_time):
    grades = read_grades(two_warm)
    assert grades == one_at_a_time
    assert {row["status"] for row in grades.values()} == {"graded"}


@pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap (as root, or user namespaces)")
def test_a_kept_zygote_serves_the_next_run_with_the_same_scores(subs, one_at_a_time, tmp_path):
    """--keep-warm: the zygote outlives a run; the next run forks from it and scores as before
    (one submission each: run in the grader's own process, no worker); then it is stopped."""
    from autograder.execution.kept_zygote import ZYGOTE_FILE, stop

    memory = ["--memory-mb", str(4000 + os.getpid() % 997)]  # settings of its own: a zygote of its own
    pattern = f"/var/tmp/autograder-kept-{os.geteuid()}-*"
    before = set(glob.glob(pattern))
    singles = []
    for notebook in sorted(subs.iterdir())[:2]:
        singles.append(tmp_path / notebook.stem)
        singles[-1].mkdir()
        shutil.copy(notebook, singles[-1])
    try:
        first, _ = _grade(singles[0], tmp_path / "first", "--keep-warm", "5", *memory)
        folders = set(glob.glob(pattern)) - before
        assert len(folders) == 1
        folder = Path(folders.pop())
        zygote = (folder / ZYGOTE_FILE).read_text()
        second, _ = _grade(singles[1], tmp_path / "second", "--keep-warm", "5", *memory)
        assert (folder / ZYGOTE_FILE).read_text() == zygote  # the same zygote (pid and start time)
        graded = {**first, **second}
        assert len(graded) == 2 and graded == {sid: one_at_a_time[sid] for sid in graded}
    finally:
        for leftover in set(glob.glob(pattern)) - before:
            stop(Path(leftover))
    assert not folder.exists()


@pytest.fixture(scope="module")
def dask_cluster():
    port = _free_port()
    dask = str(Path(sys.executable).parent / "dask")
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([dask, "worker", f"tcp://127.0.0.1:{port}", "--nworkers", "2",
                               "--nthreads", "1", "--no-dashboard", "--memory-limit", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from distributed import Client

        with Client(f"tcp://127.0.0.1:{port}", timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield f"tcp://127.0.0.1:{port}"
    finally:
        for proc in (worker, scheduler):
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_a_dask_cluster_gives_the_same_scores(subs, one_at_a_time, dask_cluster, tmp_path):
    grades, _ = _grade(subs, tmp_path / "out", "--scheduler", dask_cluster)
    assert grades == one_at_a_time


def _postgres_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    """A throwaway PostgreSQL server (Debian's packages), or skip where it is not installed."""
    url = os.environ.get("AUTOGRADER_TEST_POSTGRES")
    if url:
        yield url
        return
    bindir = _postgres_bin()
    if bindir is None or os.geteuid() != 0:
        pytest.skip("PostgreSQL server binaries (Debian package postgresql) and root are needed")
    import tempfile

    data = Path(tempfile.mkdtemp(prefix="autograder-pg-"))  # pytest's tmp is private to root
    shutil.chown(data, "postgres", "postgres")
    as_postgres = ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
    subprocess.run(as_postgres + [str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    port = _free_port()
    subprocess.run(as_postgres + [str(bindir / "pg_ctl"), "-D", str(data / "db"), "-w", "-l", str(data / "log"),
                                  "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run(as_postgres + [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                                      "-U", "postgres", "gradebook"], check=True, capture_output=True)
        yield f"postgresql://postgres@127.0.0.1:{port}/gradebook"
    finally:
        subprocess.run(as_postgres + [str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def test_postgresql_gradebook_gives_the_same_scores(subs, one_at_a_time, postgres, tmp_path):
    grades, _ = _grade(subs, tmp_path / "out", "--db", postgres)
    assert grades == one_at_a_time
    from nbgrader.api import Gradebook

    with Gradebook(postgres) as gb:
        assert sorted(s.id for s in gb.students) == sorted(grades)


def test_unchanged_submissions_are_not_run_again(subs, two_warm, tmp_path):
    out = _copy_of(two_warm, tmp_path)
    first = read_grades(out)
    results = out / ".autograder" / "results"
    before = {p: p.stat().st_mtime_ns for p in results.rglob("*.json")}
    changed = subs.parent / "subs2"
    shutil.copytree(subs, changed)
    _, answers, _ = load_case(ROOT / "tests" / "corpus" / "pa2_gradient_descent" / "buggy" / "loss_rmse.py")
    write(submission(answers), changed / "model_missing_bias.ipynb")  # a late resubmission
    second, proc = _grade(changed, out, "--workers", "2")
    after = {p: p.stat().st_mtime_ns for p in results.rglob("*.json")}
    rerun = sorted({p.parent.name for p in after if after[p] != before.get(p)})
    assert rerun == ["model_missing_bias"]
    assert "5 unchanged since the last grading" in proc.stdout
    assert second["model_missing_bias"]["model"] == "10" and second["model_missing_bias"]["loss_func"] != "10"
    assert {k: v for k, v in second.items() if k != "model_missing_bias"} == \
        {k: v for k, v in first.items() if k != "model_missing_bias"}
    time.sleep(0.01)
    _grade(changed, out, "--workers", "2", "--force")
    forced = {p: p.stat().st_mtime_ns for p in results.rglob("*.json")}
    assert all(forced[p] != after[p] for p in after)


def test_a_regrading_with_nothing_new_starts_no_zygote_worker_or_writer(subs, two_warm, tmp_path, monkeypatch):
    """Does a plain re-run over an already graded folder keep every score without starting
    the zygote, a worker process or the feedback writer?"""
    from autograder import grade as grade_module
    from autograder.execution import workers
    from autograder.execution.sandbox import SandboxSettings
    from autograder.nbgrader_glue import feedback

    out = _copy_of(two_warm, tmp_path)
    first = read_grades(out)
    started = []
    for owner, name in ((workers.PoolBackend, "warm_up"), (workers.PoolBackend, "_pool"),
                        (feedback.FeedbackWriter, "start")):
        monkeypatch.setattr(owner, name, lambda *a, _name=name, **k: started.append(_name))
    report = grade_module.grade("pa2_gradient_descent", subs, out=out, source_root=ROOT / "solutions", workers=2,
                                sandbox=SandboxSettings(enabled=sandbox_available()))
    assert started == []
    assert len(report.results) == len(first) and all(r.reused and r.scores for r in report.results)
    for r in report.results:  # the scores grades.csv showed after the first grading
        assert {p: "" if v is None else f"{v:g}" for p, v in r.scores.items()} == \
            {p: first[r.student_id][p] for p in r.scores}


# ---------------------------------------------------------------- cores lent by waiting kernels

def test_a_lent_core_is_taken_back_only_when_free():
    import multiprocessing
    import threading

    from autograder.execution.workers import CoreLending

    tokens = multiprocessing.get_context("spawn").Semaphore(1)
    first, second = CoreLending(tokens), CoreLending(tokens)
    first.start()
    started = threading.Event()
    waiter = threading.Thread(target=lambda: (second.start(), started.set()))
    waiter.start()
    assert not started.wait(0.3), "a second worker computed while the only core was taken"
    first.waiting(True)  # first's kernel sleeps: its core goes to the second worker
    assert started.wait(5)
    waiter.join()
    first.waiting(False)  # awake again, no core free: it finishes without one
    assert (first.holding, second.holding) == (False, True)
    first.finish()
    second.finish()
    assert tokens.acquire(False) and not tokens.acquire(False), "exactly the one core is free again"


def _spec(code):
    from autograder.execution.execute import RunSpec, Step

    return RunSpec(steps=[Step("cell", code, 0)], probe_source="")


def _finishing_order(backend, jobs):
    order = []
    for key, result in backend.run_all(jobs):
        assert result.ready and result.cells[0].error is None, (key, result.problems, result.cells)
        order.append(key)
    return order


@pytest.fixture(scope="module")
def one_core_pool():
    """A pool with one core to lend (one token, one standby worker) and its shared zygote."""
    if not sandbox_available():
        pytest.skip("needs bubblewrap and root")
    from autograder.execution.workers import PoolBackend, WorkerConfig
    from autograder.execution.sandbox import SandboxSettings
    from autograder.execution.kernel import RunLimits

    backend = PoolBackend(WorkerConfig(settings=SandboxSettings(), limits=RunLimits()), workers=1)
    backend.warm_up()
    backend.zygote.wait_preloaded()  # its imports after it listens would take CPU from the kernels timed here
    yield backend
    backend.close()


def test_a_sleeping_kernel_lends_its_core_to_the_next_submission(one_core_pool):
    order = _finishing_order(one_core_pool, [("sleeper", _spec("import time\ntime.sleep(4)")),
                                             ("quick", _spec("x = 1"))])
    assert order == ["quick", "sleeper"]


# That a computing kernel keeps its core is WaitDetector's policy, tested in test_kernel.py:
# end to end it would depend on the machine (a kernel paging in from a cold disk does wait).


def _zygote_run_dirs():
    import psutil

    dirs = set()
    for proc in psutil.Process().children(recursive=True):
        try:
            dirs |= {arg.rsplit("/", 1)[0] for arg in proc.cmdline() if arg.endswith("/zygote.sock")}
        except psutil.Error:
            pass
    return dirs


@pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap and root")
def test_workers_share_one_zygote_and_start_their_own_if_it_dies():
    import signal

    from autograder.execution.kernel import RunLimits
    from autograder.execution.sandbox import SandboxSettings
    from autograder.execution.workers import PoolBackend, WorkerConfig

    others = _zygote_run_dirs()  # other tests' zygotes, still running
    backend = PoolBackend(WorkerConfig(settings=SandboxSettings(), limits=RunLimits()), workers=2)
    try:
        jobs = [(n, _spec("x = 1")) for n in range(4)]
        assert sorted(_finishing_order(backend, jobs)) == [0, 1, 2, 3]
        assert _zygote_run_dirs() - others == {backend.run_dir}
        os.killpg(backend.zygote.process.pid, signal.SIGKILL)
        backend.zygote.process.wait()
        assert sorted(_finishing_order(backend, jobs)) == [0, 1, 2, 3]
        own = _zygote_run_dirs() - others
        assert own and backend.run_dir not in own
    finally:
        backend.close()
    assert _zygote_run_dirs() - others == set()


@pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap (as root, or user namespaces)")
def test_a_zygote_that_cannot_start_says_why_and_leaves_no_run_folder(monkeypatch, tmp_path):
    """Its error quotes the zygote's log (here the outer sandbox's: no such interpreter), and
    its run folder goes: a grader retrying for every submission must not leave one each."""
    import tempfile

    from autograder.errors import AutograderError
    from autograder.execution import workers
    from autograder.execution.kernel import RunLimits
    from autograder.execution.sandbox import SandboxSettings

    monkeypatch.setattr(workers, "_run_root", lambda: tempfile.mkdtemp(prefix="autograder-run-", dir=tmp_path))
    monkeypatch.setattr(sys, "executable", "/nonexistent/bin/python3")
    with pytest.raises(AutograderError, match="did not start; its log ends: .*No such file or directory"):
        workers.start_zygote(workers.WorkerConfig(settings=SandboxSettings(), limits=RunLimits(), warm=True), wait=True)
    assert list(tmp_path.iterdir()) == []


PARENT_THAT_DIES = r"""
import multiprocessing, os, sys
from concurrent.futures import ProcessPoolExecutor
sys.path.insert(0, {root!r})
from autograder.execution import workers
from autograder.nbgrader_glue.feedback import FeedbackWriter

context = multiprocessing.get_context("spawn")
writer = FeedbackWriter()
writer.start()
pools = [ProcessPoolExecutor(1, mp_context=context, initializer=workers._init_worker, initargs=(context.Semaphore(1),)),
         writer.pool]
print(" ".join(str(pool.submit(os.getpid).result()) for pool in pools), flush=True)
os._exit(0)  # as a grader killed outright: no shutdown of its pools
"""


def test_workers_and_the_feedback_writer_exit_when_the_grader_dies_outright():
    """Left behind, they would hold the grader's output pipes open (whoever reads them waits for
    ever) and a worker its zygote."""
    import psutil

    done = subprocess.run([sys.executable, "-c", PARENT_THAT_DIES.format(root=str(ROOT))], capture_output=True,
                          text=True, timeout=30)
    pids = [int(pid) for pid in done.stdout.split()]
    assert len(pids) == 2, done.stderr
    deadline = time.monotonic() + 15
    while any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in pids) \
            and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in pids)
