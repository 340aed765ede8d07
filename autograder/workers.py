"""Where runs execute: in this process, in a pool of local workers, or on a Dask cluster.

Every backend runs the same function, :func:`execute_job`, on plain data (a
:class:`~autograder.execute.RunSpec`) and returns an :class:`ExecutionResult`; only the
grader's main process judges and writes the gradebook (one writer, as SQLite needs).

Each worker process owns one zygote (warm, pre-imported interpreter) and uses its own pid
as its sandbox slot, so concurrent kernels never share a uid, on one machine or many.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from .execute import RunSpec, run
from .kernel import RunLimits
from .results import ExecutionResult
from .sandbox import SandboxSettings

_WORKER: dict = {}


@dataclass(frozen=True)
class WorkerConfig:
    """What every worker needs to run kernels; plain data, sent once per worker."""

    settings: SandboxSettings
    limits: RunLimits
    warm: bool = True
    """Fork kernels from a zygote (needs the sandbox); False: start each kernel cold."""
    font_cache: Optional[str] = None


def _run_root() -> str:
    # Not under /tmp or the home: each forked kernel mounts private ones over those.
    base = "/var/tmp" if os.path.isdir("/var/tmp") else None
    path = tempfile.mkdtemp(prefix="autograder-run-", dir=base)
    os.chmod(path, 0o755)
    return path


def _close_worker() -> None:
    zygote = _WORKER.pop("zygote", None)
    if zygote is not None:
        zygote.close()
    root = _WORKER.pop("run_dir", None)
    if root:
        shutil.rmtree(root, ignore_errors=True)


def _zygote(config: WorkerConfig):
    """This process's zygote, started on first use (and again if it died)."""
    from .zygote import Zygote

    zygote = _WORKER.get("zygote")
    if zygote is not None and zygote.process.poll() is None:
        return zygote
    _close_worker()
    _WORKER["run_dir"] = _run_root()
    font_cache = config.font_cache if config.font_cache and os.path.exists(config.font_cache) else None
    _WORKER["zygote"] = Zygote(settings=config.settings, run_dir=_WORKER["run_dir"], font_cache=font_cache)
    atexit.register(_close_worker)
    return _WORKER["zygote"]


def execute_job(spec: RunSpec, config: WorkerConfig) -> ExecutionResult:
    """Run one submission's spec in this process (called by every backend)."""
    warm = config.warm and config.settings.enabled
    zygote = _zygote(config) if warm else None
    font_cache = config.font_cache if config.font_cache and os.path.exists(config.font_cache) else None
    return run(spec, settings=config.settings, limits=config.limits, slot=os.getpid(),
               font_cache=font_cache, zygote=zygote)


def warm_up(config: WorkerConfig) -> None:
    """Start this worker's zygote now, before its first job asks for it."""
    if config.warm and config.settings.enabled:
        _zygote(config)


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

    def run_all(self, jobs: Iterable[tuple[object, RunSpec]]) -> Iterator[tuple[object, ExecutionResult]]:
        for key, spec in jobs:
            yield key, execute_job(spec, self.config)

    def close(self) -> None:
        _close_worker()


class PoolBackend:
    """``--workers N``: N local processes, each with its own zygote, started at once."""

    def __init__(self, config: WorkerConfig, workers: int):
        import multiprocessing

        self.config = config
        self.workers = workers
        # spawn: workers must not inherit the grader's threads, sockets or gradebook session.
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=warm_up, initargs=(config,))
        # The pool starts a process per submitted task while none is idle: start them all now,
        # so their imports and zygotes get ready while the grader prepares the submissions.
        for _ in range(workers):
            self.pool.submit(int)

    def run_all(self, jobs: Iterable[tuple[object, RunSpec]]) -> Iterator[tuple[object, ExecutionResult]]:
        """Submit jobs as they come (a few per worker in flight) and yield results as they finish."""
        pending: dict = {}
        source = iter(jobs)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 2 * self.workers:
                job = next(source, None)
                if job is None:
                    exhausted = True
                else:
                    pending[self.pool.submit(execute_job, job[1], self.config)] = job[0]
            if pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), _outcome(future)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskBackend:
    """``--scheduler ADDRESS``: the same jobs on a Dask distributed cluster."""

    def __init__(self, config: WorkerConfig, address: str):
        from distributed import Client

        self.config = config
        self.client = Client(address, timeout=30)

    def run_all(self, jobs: Iterable[tuple[object, RunSpec]]) -> Iterator[tuple[object, ExecutionResult]]:
        """Submit every job as it comes; yield results as the cluster finishes them."""
        from distributed import as_completed

        keys: dict = {}
        finished = as_completed()
        for key, spec in jobs:
            # pure=False: a regrade must run again, never come from Dask's cache.
            future = self.client.submit(execute_job, spec, self.config, pure=False)
            keys[future] = key
            finished.add(future)
            for future in finished.next_batch(block=False):
                yield keys.pop(future), _outcome(future)
        for future in finished:
            yield keys.pop(future), _outcome(future)

    def close(self) -> None:
        self.client.close()


def make_backend(config: WorkerConfig, *, workers: int = 1, scheduler: Optional[str] = None):
    """The backend for ``--workers`` / ``--scheduler``."""
    if scheduler:
        return DaskBackend(config, scheduler)
    if workers <= 1:
        return InlineBackend(config)
    return PoolBackend(config, workers)
