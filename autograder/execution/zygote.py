"""Warm starts: one pre-imported interpreter (a zygote) forks an isolated kernel per submission.

A cold kernel pays ~1.5 s importing torch, numpy and matplotlib before the student's first
line runs.  The zygote pays it once: it imports them, then waits on a UNIX socket.  For
each kernel it forks a child that gets a sandbox of its own before any student code runs:

* the zygote lives in an outer bubblewrap sandbox (read-only system, no course files,
  no network); as root it keeps root's capabilities there, only to build the inner
  sandboxes; rootless it has a user namespace of its own and no capability;
* each child unshares new mount, pid, network, IPC and UTS namespaces (rootless: and a
  user namespace in which the slot's uid is the only one, mapped onto the grading user's),
  mounts a private tmpfs home, /tmp and /dev/shm, hides the run folder but for its own IPC
  folder, forks the kernel as pid 1 of its namespace (so every process the student starts
  dies with it) in a session and process group of its own, mounts its /proc, applies the rlimits, drops to the slot's uid with no
  capabilities (every set, bounding set included) and no_new_privs, clears the
  environment, reseeds every random generator, closes the zygote's file descriptors and
  starts ipykernel.

The kernel then proves all of this in its attestation, exactly like a cold sandboxed
kernel (see :mod:`autograder.execution.sandbox`); nothing here is trusted without that proof.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

from autograder.cache import user_cache
from autograder.errors import AutograderError
from autograder.execution.sandbox import HOME, SandboxSettings, kernel_environment, outer_sandbox_command, python_roots
from autograder.execution.availability import rootless

SERVER_SOURCE = (Path(__file__).parent / "zygote_server.py").read_text()
MODULES_FILE = "kernel-modules.json"  # as in zygote_server.py
SHIPPED_FILE = "shipped-probe-modules.py"  # as in zygote_server.py
PRELOADED_FILE = "preloaded"  # as in zygote_server.py
NO_LATER_IMPORTS_FILE = "no-later-imports"  # as in zygote_server.py
LOG_FILE = "zygote.log"  # as in zygote_keeper.py
LOG_TAIL = 2000
"""Bytes of the zygote's log quoted when it fails to start."""
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# ---------------------------------------------------------------------------- grader side

def modules_cache() -> Path:
    """Where the modules a kernel imports are remembered between runs, per Python environment.

    The zygote learns the list by rehearsing a kernel (~1.5 s of CPU); this cache spares
    that on later starts.  Any install or removal of packages changes the key; a stale
    list only costs speed (a missing module is imported by the kernel, an absent one skipped).
    """
    import hashlib
    import sysconfig

    # The list's format (zygote_server.STARTED) and what it holds depend on the server's code.
    stamps = [sys.executable, sys.version, hashlib.sha256(SERVER_SOURCE.encode()).hexdigest()]
    for folder in sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}):
        try:
            stamps.append(f"{folder}:{os.stat(folder).st_mtime_ns}")
        except OSError:
            stamps.append(folder)
    return user_cache() / f"kernel-modules-{hashlib.sha256(chr(0).join(stamps).encode()).hexdigest()[:16]}.json"


def _read_modules(path: Path) -> Optional[list]:
    try:
        names = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return names if isinstance(names, list) and all(isinstance(n, str) for n in names) else None


def _write_atomically(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (another worker may be writing it too)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(text)
        os.replace(temporary, path)
    except OSError:
        pass  # no cache: the next start rehearses again


class ForkedProcess:
    """A Popen-like handle on a kernel the zygote forked (not our child: poll by pid)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: Optional[int] = None

    def poll(self) -> Optional[int]:
        if self.returncode is None:
            try:
                with open(f"/proc/{self.pid}/stat") as handle:
                    state = handle.read().rsplit(")", 1)[1].split()[0]
                if state in ("Z", "X"):
                    self.returncode = -1
            except (FileNotFoundError, ProcessLookupError, IndexError):
                self.returncode = -1
        return self.returncode

    def cpu_seconds(self) -> Optional[float]:
        """CPU time used so far by the kernel and the processes it has reaped; None once gone."""
        try:
            with open(f"/proc/{self.pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            return sum(int(v) for v in fields[11:15]) / CLOCK_TICKS  # utime stime cutime cstime
        except (OSError, IndexError, ValueError):
            return None

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)  # pid 1 of its namespace: everything in it dies too
        except ProcessLookupError:
            pass

    def wait(self, timeout: float = 10) -> Optional[int]:
        deadline = time.monotonic() + timeout
        pause = 0.0005  # a killed kernel is gone within milliseconds: look often at first
        while self.poll() is None and time.monotonic() < deadline:
            time.sleep(pause)
            pause = min(2 * pause, 0.02)
        return self.returncode


class ZygoteClient:
    """Asks a running zygote for kernels: the zygote's own grader process, or any worker
    process of the same machine that shares it (see :class:`autograder.execution.workers.PoolBackend`).

    Only the grading user can reach the zygote's socket (mode 0600 in the run folder); no
    kernel can: each one sees an empty run folder holding only its own IPC folder.
    """

    def __init__(self, *, settings: SandboxSettings, run_dir: str, font_cache: Optional[str] = None,
                 pid: Optional[int] = None, startup_timeout: float = 120):
        self.settings = settings
        self.run_dir = run_dir
        self.font_cache = font_cache
        self.socket_path = os.path.join(run_dir, "zygote.sock")
        self.pid = pid
        """The zygote's outer process, to notice a zygote that died before it listened."""
        self.startup_timeout = startup_timeout
        self.broken = False
        """Set when the zygote could not be reached: callers start another one."""

    def address(self) -> dict:
        """Plain data to rebuild this client in another process (``ZygoteClient(**address)``)."""
        return {"settings": self.settings, "run_dir": self.run_dir, "font_cache": self.font_cache,
                "pid": self.pid, "startup_timeout": self.startup_timeout}

    def _dead(self) -> bool:
        return self.pid is not None and ForkedProcess(self.pid).poll() is not None

    def wait_listening(self) -> None:
        """Block until the zygote listens (it imports torch & co. first: ~2.5 s).

        Raises:
            AutograderError: if it died or did not listen within ``startup_timeout``.
        """
        deadline = time.monotonic() + self.startup_timeout
        while not os.path.exists(self.socket_path):
            if self._dead() or time.monotonic() > deadline:
                self.broken = True
                raise AutograderError(f"the zygote (pre-started kernel interpreter) did not start{self._said()}")
            time.sleep(0.02)

    def _said(self) -> str:
        """The end of the zygote's log, for an error message (its own and the outer sandbox's
        messages: no kernel can write there), or "" if it wrote nothing."""
        try:
            with open(os.path.join(self.run_dir, LOG_FILE), "rb") as log:
                log.seek(max(0, os.fstat(log.fileno()).st_size - LOG_TAIL))
                text = log.read().decode("utf-8", "replace").strip()
        except OSError:
            return ""
        return f"; its log ends: {' | '.join(text.splitlines()[-3:])}" if text else ""

    def wait_preloaded(self) -> None:
        """Block until the zygote has also imported the modules kernels were seen to import
        later (it imports them between requests, after it listens).

        Raises:
            AutograderError: if it died or did not finish within ``startup_timeout``.
        """
        self.wait_listening()
        deadline = time.monotonic() + self.startup_timeout
        while not os.path.exists(os.path.join(self.run_dir, PRELOADED_FILE)):
            if self._dead() or time.monotonic() > deadline:
                raise AutograderError(f"the zygote (pre-started kernel interpreter) did not finish its imports{self._said()}")
            time.sleep(0.02)

    def skip_later_imports(self) -> None:
        """Tell the zygote not to import what kernels were seen to import later: every kernel
        of this run is forked at the start (a few submissions), so none would find them."""
        try:
            Path(self.run_dir, NO_LATER_IMPORTS_FILE).touch()
        except OSError:
            pass  # only a waste of CPU

    def usable(self) -> bool:
        return not self.broken and not self._dead()

    def fork_kernel(self, *, connection_file: str, slot: int) -> ForkedProcess:
        self.wait_listening()
        s = self.settings
        request = {"connection_file": connection_file, "uid": s.uid_base + slot, "home": HOME,
                   "rootless": rootless(), "run_dir": self.run_dir,
                   "ipc_dir": os.path.dirname(connection_file),
                   "memory_mb": s.memory_mb, "cpu_seconds": s.cpu_seconds,
                   "max_processes": s.max_processes, "max_file_mb": s.max_file_mb,
                   "max_open_files": s.max_open_files, "scratch_mb": s.scratch_mb,
                   "env": kernel_environment(s, HOME), "keep": python_roots(),
                   "font_cache": f"/fonts/{os.path.basename(self.font_cache)}" if self.font_cache else None}
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(60)
                client.connect(self.socket_path)
                client.sendall(json.dumps(request).encode() + b"\n")
                answer = json.loads(client.makefile().readline() or "{}")
        except (OSError, ValueError) as error:
            self.broken = True
            raise AutograderError(f"the zygote could not be reached: {error}") from error
        if "pid" not in answer:
            raise AutograderError(f"the zygote could not start a kernel: {answer.get('error', 'no answer')}")
        return ForkedProcess(int(answer["pid"]))


def seed_run_dir(folder: Path) -> Optional[list]:
    """Write what a new zygote reads from its run folder: the modules kernels import, as an
    earlier run in this environment learned them (returned; None: not learned yet, the
    zygote rehearses), and the library's probe modules, built once there, not per kernel."""
    from autograder.library.ship import block

    known = _read_modules(modules_cache())
    if known is not None:
        (folder / MODULES_FILE).write_text(json.dumps(known))
    (folder / SHIPPED_FILE).write_text(block())
    return known


class Zygote(ZygoteClient):
    """A zygote in its outer sandbox, started by this process, and a client of it."""

    def __init__(self, *, settings: SandboxSettings, run_dir: str, font_cache: Optional[str] = None,
                 wait: bool = True):
        """Start the zygote; with ``wait=False``, return at once (it listens ~2.5 s later)."""
        super().__init__(settings=settings, run_dir=run_dir, font_cache=font_cache)
        self.cache = modules_cache()
        self.known = seed_run_dir(Path(run_dir))
        fonts = [f"/fonts/{os.path.basename(font_cache)}"] if font_cache else []  # where the sandbox binds it
        cmd = outer_sandbox_command([sys.executable, "-c", SERVER_SOURCE, self.socket_path, *fonts],
                                    settings=settings, run_dir=run_dir, font_cache=font_cache)
        self.log = open(os.open(os.path.join(run_dir, LOG_FILE), os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                                0o600), "ab")
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self.log,
                                        stderr=self.log, start_new_session=True)
        self.pid = self.process.pid
        if wait:
            try:
                self.wait_listening()
            except AutograderError:
                self.close()
                raise

    def _dead(self) -> bool:
        return self.process.poll() is not None

    def _keep_learned_modules(self) -> None:
        """Remember the module list a first rehearsal learned, for the next runs."""
        if self.known is None and os.path.exists(self.socket_path):
            learned = _read_modules(Path(self.run_dir, MODULES_FILE))
            if learned:
                _write_atomically(self.cache, json.dumps(learned))
                self.known = learned

    def wait_listening(self) -> None:
        super().wait_listening()
        self._keep_learned_modules()

    def close(self) -> None:
        self._keep_learned_modules()
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)
        self.log.close()
