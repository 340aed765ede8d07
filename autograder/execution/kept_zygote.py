"""A zygote kept warm between grading runs (``grade --keep-warm MINUTES``).

A TA grades a section, then the late submissions, then a regrade: each run's zygote
spends ~2 s importing torch & co. before the first kernel, most of a one-submission run.
With ``keep_warm``, the zygote outlives the run and the next run with the same settings
forks its kernels at once.  It is the same zygote in the same outer sandbox (nothing of a
student ever runs in it: each kernel is a child isolated as in :mod:`.zygote`, and proves it
in its attestation); only its lifetime changes:

* it lives in a folder of its own, ``/var/tmp/autograder-kept-<uid>-<key>``, whose key
  hashes everything that shapes it (the sandbox settings, the zygote's and the sandbox's
  code, the Python environment): other settings or an upgraded kit start another one;
* a small keeper process (standard library only, :data:`KEEPER_SOURCE`) owns it: the
  zygote's sandbox dies with the keeper, and the keeper stops it, and removes the folder,
  once no run has used it for ``keep_warm`` seconds;
* one run at a time uses it (an exclusive ``flock`` on ``<folder>/lock`` for the whole
  run); a run that finds it busy starts a zygote of its own as without ``keep_warm``;
* the folder must be a real directory owned by this user and closed to others (0700;
  0755 as root, for the kernels' uids, with the socket 0600), or it is not used.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

from autograder.execution import sandbox as sandbox_module
from autograder.execution.availability import rootless
from autograder.execution.sandbox import SandboxSettings, outer_sandbox_command
from autograder.execution.zygote import (
    MODULES_FILE, SERVER_SOURCE, ForkedProcess, ZygoteClient, _read_modules, _write_atomically, modules_cache,
    seed_run_dir)

KEEPER_SOURCE = (Path(__file__).parent / "zygote_keeper.py").read_text()
LOCK_FILE = "lock"
USED_FILE = "last-used"  # its modification time: when the last run using the zygote ended
ZYGOTE_FILE = "zygote.pid"  # "<pid> <start time>" of the zygote's sandbox, written by the keeper
KEEPER_FILE = "keeper.pid"


def kept_folder(key: str) -> Path:
    """Where the kept zygote of this ``key`` lives (not under /tmp or the home: each kernel
    mounts private ones over those)."""
    base = "/var/tmp" if os.path.isdir("/var/tmp") else "/tmp"
    return Path(base) / f"autograder-kept-{os.geteuid()}-{key}"


def zygote_key(*, settings: SandboxSettings, font_cache: Optional[str]) -> str:
    """A hash of everything that shapes a zygote: two runs share one only if it matches."""
    parts = [sys.executable, sys.version, repr(settings), str(font_cache), str(rootless()), str(os.geteuid()),
             SERVER_SOURCE, KEEPER_SOURCE, Path(sandbox_module.__file__).read_text(), str(modules_cache()),
             " ".join(outer_sandbox_command(["zygote"], settings=settings, run_dir="/run-dir", font_cache=font_cache))]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def _start_time(pid: int) -> Optional[str]:
    """The process's start time (field 22 of /proc/pid/stat): a pid and it name one process."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return None if fields[0] in ("Z", "X") else fields[19]
    except (OSError, IndexError):
        return None


def _read_pid(path: Path) -> Optional[int]:
    """The pid in ``path`` if that process still lives (same start time), else None."""
    try:
        pid, started = path.read_text().split()
        return int(pid) if _start_time(int(pid)) == started else None
    except (OSError, ValueError):
        return None


def _private(folder: Path) -> bool:
    """A directory (not a link) owned by this user, writable by nobody else."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o022


class KeptZygote(ZygoteClient):
    """A client of a kept zygote, holding it for this run (see the module's docstring)."""

    def __init__(self, *, settings: SandboxSettings, folder: Path, lock_fd: int, font_cache: Optional[str],
                 pid: Optional[int], keeper: Optional[int] = None):
        super().__init__(settings=settings, run_dir=str(folder), font_cache=font_cache, pid=pid)
        self.lock_fd = lock_fd
        self.keeper = keeper
        self.started_here = keeper is not None
        self.cache = modules_cache()

    @classmethod
    def open(cls, *, settings: SandboxSettings, font_cache: Optional[str], keep_seconds: float,
             lock_wait: float = 2.0) -> Optional["KeptZygote"]:
        """The kept zygote for these settings, started if there is none (without waiting for
        it to listen), and locked for this run; None if another run holds it or its folder
        cannot be trusted (the caller then starts a zygote of its own)."""
        folder = kept_folder(zygote_key(settings=settings, font_cache=font_cache))
        try:
            os.mkdir(folder, 0o755 if os.geteuid() == 0 else 0o700)
        except FileExistsError:
            pass
        except OSError:
            return None
        if not _private(folder):
            return None
        try:
            lock_fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        except OSError:
            return None
        if not _lock(lock_fd, lock_wait) or os.fstat(lock_fd).st_ino != _inode(folder / LOCK_FILE):
            os.close(lock_fd)  # busy, or its keeper removed the folder while we waited
            return None
        (folder / USED_FILE).touch()  # so the keeper does not stop it between our check and our first kernel
        pid = _read_pid(folder / ZYGOTE_FILE)
        if pid is not None and _read_pid(folder / KEEPER_FILE) is not None:
            return cls(settings=settings, folder=folder, lock_fd=lock_fd, font_cache=font_cache, pid=pid)
        return cls._start(settings=settings, folder=folder, lock_fd=lock_fd, font_cache=font_cache,
                          keep_seconds=keep_seconds)

    @classmethod
    def _start(cls, *, settings, folder: Path, lock_fd: int, font_cache, keep_seconds: float) -> "KeptZygote":
        for leftover in folder.iterdir():  # a keeper that died (a reboot, a kill -9) left its files
            if leftover.name not in (LOCK_FILE, USED_FILE):
                shutil.rmtree(leftover) if leftover.is_dir() and not leftover.is_symlink() else leftover.unlink()
        seed_run_dir(folder)
        fonts = [f"/fonts/{os.path.basename(font_cache)}"] if font_cache else []
        socket_path = str(folder / "zygote.sock")
        cmd = outer_sandbox_command([sys.executable, "-c", SERVER_SOURCE, socket_path, *fonts],
                                    settings=settings, run_dir=str(folder), font_cache=font_cache)
        keeper = subprocess.Popen([sys.executable, "-I", "-c", KEEPER_SOURCE, str(folder), str(keep_seconds),
                                   json.dumps(cmd)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)
        zygote = cls(settings=settings, folder=folder, lock_fd=lock_fd, font_cache=font_cache, pid=None,
                     keeper=keeper.pid)
        zygote._keeper_process = keeper
        return zygote

    def _dead(self) -> bool:
        if self.pid is None:  # just started: the keeper writes the zygote's pid at once
            self.pid = _wait_for_pid(Path(self.run_dir) / ZYGOTE_FILE, self.keeper)
        return self.pid is None or ForkedProcess(self.pid).poll() is not None

    def address(self) -> dict:
        self._dead()  # learn the zygote's pid first: the workers watch it
        return super().address()

    def wait_listening(self) -> None:
        super().wait_listening()
        if self.started_here and self.known_modules() is None:
            learned = _read_modules(Path(self.run_dir, MODULES_FILE))
            if learned:
                _write_atomically(self.cache, json.dumps(learned))

    def known_modules(self) -> Optional[list]:
        return _read_modules(self.cache)

    def skip_later_imports(self) -> None:
        """Nothing to skip: a kept zygote imports the rest while it waits for the next run."""

    def close(self) -> None:
        """Let the next run use it: mark the time, unlock (the keeper stops it when idle)."""
        if self.lock_fd < 0:
            return
        try:
            Path(self.run_dir, USED_FILE).touch()
        except OSError:
            pass  # the keeper then finds it idle: the next run starts another
        os.close(self.lock_fd)
        self.lock_fd = -1


def _inode(path: Path) -> Optional[int]:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def _lock(fd: int, wait: float) -> bool:
    """Take ``fd``'s exclusive lock, waiting up to ``wait`` seconds (the keeper holds it for
    an instant when it looks; another run, for its whole run)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)


def _wait_for_pid(path: Path, keeper: Optional[int], timeout: float = 10) -> Optional[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid = _read_pid(path)
        if pid is not None:
            return pid
        if keeper is not None and _start_time(keeper) is None:
            return None
        time.sleep(0.01)
    return None


def stop(folder: Path, *, timeout: float = 10) -> bool:
    """Stop the kept zygote in ``folder`` now (its keeper removes the folder); True if it
    is gone within ``timeout`` seconds."""
    keeper = _read_pid(folder / KEEPER_FILE)
    if keeper is not None:
        try:
            os.kill(keeper, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + timeout
    while folder.exists() and _read_pid(folder / KEEPER_FILE) is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    return _read_pid(folder / KEEPER_FILE) is None
