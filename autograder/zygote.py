"""Warm starts: one pre-imported interpreter (a zygote) forks an isolated kernel per submission.

A cold kernel pays ~1.5 s importing torch, numpy and matplotlib before the student's first
line runs.  The zygote pays it once: it imports them, then waits on a UNIX socket.  For
each kernel it forks a child that gets a sandbox of its own before any student code runs:

* the zygote lives in an outer bubblewrap sandbox (read-only system, no course files,
  no network) and keeps root's capabilities there, only to build the inner sandboxes;
* each child unshares new mount, pid, network, IPC and UTS namespaces, mounts a private
  tmpfs home, /tmp and /dev/shm, forks the kernel as pid 1 of its namespace (so every
  process the student starts dies with it), mounts its /proc, applies the rlimits,
  drops to the slot's uid with no capabilities and no_new_privs, clears the environment,
  reseeds every random generator, closes the zygote's file descriptors and starts
  ipykernel.

The kernel then proves all of this in its attestation, exactly like a cold sandboxed
kernel (see :mod:`autograder.sandbox`); nothing here is trusted without that proof.
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

from .cache import user_cache
from .errors import AutograderError
from .sandbox import HOME, SandboxSettings, kernel_environment, outer_sandbox_command, python_roots

SERVER_SOURCE = (Path(__file__).parent / "zygote_server.py").read_text()
MODULES_FILE = "kernel-modules.json"  # as in zygote_server.py

# ---------------------------------------------------------------------------- grader side

def modules_cache() -> Path:
    """Where the modules a kernel imports are remembered between runs, per Python environment.

    The zygote learns the list by rehearsing a kernel (~1.5 s of CPU); this cache spares
    that on later starts.  Any install or removal of packages changes the key; a stale
    list only costs speed (a missing module is imported by the kernel, an absent one skipped).
    """
    import hashlib
    import sysconfig

    stamps = [sys.executable, sys.version]
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

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)  # pid 1 of its namespace: everything in it dies too
        except ProcessLookupError:
            pass

    def wait(self, timeout: float = 10) -> Optional[int]:
        deadline = time.monotonic() + timeout
        while self.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.returncode


class Zygote:
    """A running zygote in its outer sandbox, and the client that asks it for kernels."""

    def __init__(self, *, settings: SandboxSettings, run_dir: str, font_cache: Optional[str] = None):
        self.settings = settings
        self.run_dir = run_dir
        self.font_cache = font_cache
        self.socket_path = os.path.join(run_dir, "zygote.sock")
        cache = modules_cache()
        known = _read_modules(cache)
        if known is not None:
            Path(run_dir, MODULES_FILE).write_text(json.dumps(known))
        cmd = outer_sandbox_command([sys.executable, "-c", SERVER_SOURCE, self.socket_path],
                                    settings=settings, run_dir=run_dir, font_cache=font_cache)
        self.log = open(os.open(os.path.join(run_dir, "zygote.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                                0o600), "ab")
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self.log,
                                        stderr=self.log, start_new_session=True)
        deadline = time.monotonic() + 120
        while not os.path.exists(self.socket_path):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise AutograderError("the zygote (pre-started kernel interpreter) did not start")
            time.sleep(0.02)
        learned = _read_modules(Path(run_dir, MODULES_FILE)) if known is None else None
        if learned:
            _write_atomically(cache, json.dumps(learned))

    def fork_kernel(self, *, connection_file: str, slot: int) -> ForkedProcess:
        s = self.settings
        request = {"connection_file": connection_file, "uid": s.uid_base + slot, "home": HOME,
                   "memory_mb": s.memory_mb, "cpu_seconds": s.cpu_seconds,
                   "max_processes": s.max_processes, "max_file_mb": s.max_file_mb,
                   "max_open_files": s.max_open_files, "scratch_mb": s.scratch_mb,
                   "env": kernel_environment(s, HOME), "keep": python_roots() + [self.run_dir],
                   "font_cache": f"/fonts/{os.path.basename(self.font_cache)}" if self.font_cache else None}
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(60)
            client.connect(self.socket_path)
            client.sendall(json.dumps(request).encode() + b"\n")
            answer = json.loads(client.makefile().readline() or "{}")
        if "pid" not in answer:
            raise AutograderError(f"the zygote could not start a kernel: {answer.get('error', 'no answer')}")
        return ForkedProcess(int(answer["pid"]))

    def close(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)
        self.log.close()

