"""Where runs execute: in this process, in a pool of local workers, or on a Dask cluster.

Every backend runs the same function, :func:`execute_job`, on plain data (a
:class:`~autograder.execution.execute.RunSpec`) and returns an :class:`ExecutionResult`; only the
grader's main process judges and writes the gradebook (one writer, as SQLite needs).

Local workers share one zygote (warm, pre-imported interpreter) started by the grader as
soon as it knows kernels will run; a Dask worker, or a local one whose shared zygote died,
starts its own.  Each worker uses its own pid as its sandbox slot, so concurrent kernels
never share a uid, on one machine or many.

Local workers also lend cores (:class:`CoreLending`): at most one computing kernel per
core, but a kernel that waits (a student's ``time.sleep``, a blocked read) gives its core to
a standby worker until it computes again.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Optional

from autograder.execution.execute import RunSpec, run
from autograder.execution.kernel import RunLimits
from autograder.results import ExecutionResult
from autograder.execution.sandbox import SandboxSettings

_WORKER: dict = {}


@dataclass(frozen=True)
class WorkerConfig:
    """What every worker needs to run kernels; plain data, sent with every job."""

    settings: SandboxSettings
    limits: RunLimits
    warm: bool = True
    """Fork kernels from a zygote (needs the sandbox); False: start each kernel cold."""
    font_cache: Optional[str] = None
    zygote: Optional[dict] = None
    """Address of a zygote shared by the machine's workers (:meth:`ZygoteClient.address`);
    None: each worker starts its own."""
    keep_warm: float = 0.0
    """Seconds the zygote outlives the run, for the next run with the same settings
    (:mod:`~autograder.execution.kept_zygote`); 0: it stops with the run."""

    def existing_font_cache(self) -> Optional[str]:
        return self.font_cache if self.font_cache and os.path.exists(self.font_cache) else None


class CoreLending:
    """One token per core, shared by a machine's workers: a worker holds one while its kernel
    computes, and lends it while its kernel waits.

    The pool has a standby worker per core.  A worker takes a token to start a submission
    (standby workers wait here), gives it back when its kernel has been waiting (no output
    and almost no CPU for a poll interval: :attr:`Kernel.on_wait`), and takes one again, if
    one is free, when the kernel computes again; if none is, it finishes without one, so
    for a moment one kernel more than cores computes.  This is Go's scheduler handing a
    blocked thread's core to another, at the scale of a kernel.
    """

    def __init__(self, tokens):
        self.tokens = tokens
        self.holding = False

    def start(self) -> None:
        self.tokens.acquire()
        self.holding = True

    def waiting(self, waiting: bool) -> None:
        if waiting and self.holding:
            self.tokens.release()
            self.holding = False
        elif not waiting and not self.holding:
            self.holding = self.tokens.acquire(False)

    def finish(self) -> None:
        if self.holding:
            self.tokens.release()
            self.holding = False


def _run_root() -> str:
    # Not under /tmp or the home: each forked kernel mounts private ones over those.
    base = "/var/tmp" if os.path.isdir("/var/tmp") else None
    path = tempfile.mkdtemp(prefix="autograder-run-", dir=base)
    os.chmod(path, 0o755 if os.geteuid() == 0 else 0o700)  # root: kernels of other uids reach their folder
    return path


def start_zygote(config: WorkerConfig, *, wait: bool = True):
    """A zygote for this run: the kept one when ``config.keep_warm`` asks for it and it is
    free, else a new one in a fresh run folder.  Returns (zygote, run folder to remove at
    the end, or None)."""
    from autograder.execution.zygote import Zygote

    if config.keep_warm > 0:
        from autograder.execution.kept_zygote import KeptZygote

        kept = KeptZygote.open(settings=config.settings, font_cache=config.existing_font_cache(),
                               keep_seconds=config.keep_warm)
        if kept is not None:
            if wait:
                kept.wait_listening()
            return kept, None
    run_dir = _run_root()
    try:
        return Zygote(settings=config.settings, run_dir=run_dir, font_cache=config.existing_font_cache(),
                      wait=wait), run_dir
    except BaseException:  # (its error quotes the zygote's log: the folder goes with it)
        shutil.rmtree(run_dir, ignore_errors=True)
        raise


def _close_worker() -> None:
    zygote = _WORKER.pop("zygote", None)
    if hasattr(zygote, "close"):  # only a zygote this process started
        zygote.close()
    root = _WORKER.pop("run_dir", None)
    if root:
        shutil.rmtree(root, ignore_errors=True)


def _zygote(config: WorkerConfig, *, wait: bool = True):
    """The zygote this process forks kernels from: the shared one while it works, else its
    own, started on first use (and again if it died); ``wait=False``: without waiting for
    it to listen (forking a kernel waits)."""
    from autograder.execution.zygote import ZygoteClient

    zygote = _WORKER.get("zygote")
    if zygote is not None and zygote.usable():
        return zygote
    if config.zygote and zygote is None and not _WORKER.get("own"):
        _WORKER["zygote"] = ZygoteClient(**config.zygote)
        return _WORKER["zygote"]
    _close_worker()
    _WORKER["own"] = True
    _WORKER["zygote"], _WORKER["run_dir"] = start_zygote(config, wait=wait)
    atexit.register(_close_worker)
    return _WORKER["zygote"]


def execute_job(spec: RunSpec, config: WorkerConfig) -> ExecutionResult:
    """Run one submission's spec in this process (called by every backend)."""
    warm = config.warm and config.settings.enabled
    lending = _WORKER.get("lending")
    if lending is not None:
        lending.start()
    try:
        for _ in range(2):  # again once, on a zygote of its own, if the shared one was unreachable
            zygote = _zygote(config) if warm else None
            result = run(spec, settings=config.settings, limits=config.limits, slot=os.getpid(),
                         font_cache=config.existing_font_cache(), zygote=zygote,
                         on_wait=lending.waiting if lending is not None else None)
            if zygote is None or not zygote.broken:
                break
        return result
    finally:
        if lending is not None:
            lending.finish()


def _init_worker(tokens) -> None:
    """Pool initializer: the machine's core tokens (see :class:`CoreLending`); the worker (and
    its own zygote, if it started one) goes when the grader goes."""
    from autograder.execution.parent_watch import die_with_parent

    _WORKER["lending"] = CoreLending(tokens)
    die_with_parent(cleanup=_close_worker)


def _outcome(future) -> ExecutionResult:
    """A finished job's result; a lost worker becomes a problem of that job only."""
    try:
        return future.result()
    except Exception as error:  # the worker process died or the cluster lost the task
        return ExecutionResult(problems=[f"the worker running this submission failed: "
                                         f"{type(error).__name__}: {error}"[:500]])


class InlineBackend:
    """Runs one job at a time in the grader's own process (``--workers 1``)."""

    def __init__(self, config: WorkerConfig):
        self.config = config

    def warm_up(self) -> None:
        """Start this process's zygote now, without waiting for it (it imports torch & co.
        while the grader prepares the first submissions)."""
        if self.config.warm and self.config.settings.enabled:
            _zygote(self.config, wait=False)

    def few(self, jobs: int) -> bool:
        """Whether ``jobs`` runs start at once (one: this backend runs one at a time)."""
        return jobs <= 1

    def skip_later_imports(self) -> None:
        """No kernel will be forked later: the zygote need not import what later kernels use."""
        zygote = _WORKER.get("zygote")
        if zygote is not None:
            zygote.skip_later_imports()

    def run_all(self, jobs: Iterable[tuple[object, RunSpec]]) -> Iterator[tuple[object, ExecutionResult]]:
        for key, spec in jobs:
            yield key, execute_job(spec, self.config)

    def close(self) -> None:
        _close_worker()


class PoolBackend:
    """``--workers N``: one token per core for N cores, up to 2N local processes (a standby
    per core, see :class:`CoreLending`), one zygote shared by all.

    Nothing starts before it is needed: the zygote at :meth:`warm_up` (or the first job),
    and a process per job submitted while none is idle, so one submission starts one."""

    def __init__(self, config: WorkerConfig, workers: int):
        import multiprocessing

        self.context = multiprocessing.get_context("spawn")
        self.workers = workers
        self.processes = 2 * workers
        self.zygote = None
        self.run_dir = None
        self.config = config
        self.pool: Optional[ProcessPoolExecutor] = None

    def warm_up(self) -> None:
        """Start the shared zygote now, without waiting for it: it imports torch & co.
        (~2 s) while the grader prepares the first submissions."""
        if self.zygote is None and self.config.warm and self.config.settings.enabled:
            self.zygote, self.run_dir = start_zygote(self.config, wait=False)
            self.config = replace(self.config, zygote=self.zygote.address())

    def few(self, jobs: int) -> bool:
        """Whether ``jobs`` runs start at once (a process each)."""
        return jobs <= self.processes

    def skip_later_imports(self) -> None:
        """No kernel will be forked later: the zygote need not import what later kernels use."""
        if self.zygote is not None:
            self.zygote.skip_later_imports()

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.warm_up()
            # spawn: workers must not inherit the grader's threads, sockets or gradebook
            # session.  The executor starts a process per job submitted while none is idle.
            self.pool = ProcessPoolExecutor(max_workers=self.processes, mp_context=self.context,
                                            initializer=_init_worker, initargs=(self.context.Semaphore(self.workers),))
        return self.pool

    def run_all(self, jobs: Iterable[tuple[object, RunSpec]]) -> Iterator[tuple[object, ExecutionResult]]:
        """Submit jobs as they come (every process busy or waiting for a core, a few queued)
        and yield results as they finish."""
        pending: dict = {}
        source = iter(jobs)
        first, second = next(source, None), next(source, None)
        if second is None and self.pool is None:
            # One job: a worker process would only add its start (~0.3 s) to the run's.
            if first is not None:
                try:
                    result = execute_job(first[1], self.config)
                except Exception as error:  # as a worker's failure would be: that job's problem only
                    result = ExecutionResult(problems=[f"running this submission failed: "
                                                       f"{type(error).__name__}: {error}"[:500]])
                yield first[0], result
            return
        source = itertools.chain([first, second], source)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < self.processes + self.workers:
                job = next(source, None)
                if job is None:
                    exhausted = True
                else:
                    pending[self._pool().submit(execute_job, job[1], self.config)] = job[0]
            if pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), _outcome(future)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.zygote is not None:
            self.zygote.close()
        if self.run_dir is not None:
            shutil.rmtree(self.run_dir, ignore_errors=True)


class DaskBackend:
    """``--scheduler ADDRESS``: the same jobs on a Dask distributed cluster."""

    def __init__(self, config: WorkerConfig, address: str):
        self.config = config
        self.address = address
        self.client = None

    def warm_up(self) -> None:
        """Connect to the scheduler (its workers start their own zygotes with their first job)."""
        if self.client is None:
            from distributed import Client

            self.client = Client(self.address, timeout=30)

    def few(self, jobs: int) -> bool:
        """Never: the cluster's size is not known here."""
        return False

    def skip_later_imports(self) -> None:
        """Nothing to adjust: each Dask worker has its own zygote."""

    def run_all(self, jobs: Iterable[tuple[object, RunSpec]]) -> Iterator[tuple[object, ExecutionResult]]:
        """Submit every job as it comes; yield results as the cluster finishes them."""
        from distributed import as_completed

        keys: dict = {}
        finished = as_completed()
        for key, spec in jobs:
            self.warm_up()
            # pure=False: a regrade must run again, never come from Dask's cache.
            future = self.client.submit(execute_job, spec, self.config, pure=False)
            keys[future] = key
            finished.add(future)
            for future in finished.next_batch(block=False):
                yield keys.pop(future), _outcome(future)
        for future in finished:
            yield keys.pop(future), _outcome(future)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def make_backend(config: WorkerConfig, *, workers: int = 1, scheduler: Optional[str] = None):
    """The backend for ``--workers`` / ``--scheduler``; it starts nothing until
    ``warm_up()`` or its first job (a run that reuses every grading starts nothing)."""
    if scheduler:
        return DaskBackend(config, scheduler)
    if workers <= 1:
        return InlineBackend(config)
    return PoolBackend(config, workers)
