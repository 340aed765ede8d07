"""Host-side watchers of the adversarial suite: what the attacks must not reach or leave behind.

A TCP listener on the host's loopback, marker files in the course, submissions and source
folders, and the processes a grading run leaves alive.
"""

from __future__ import annotations

import os
import re
import socket
import threading
from pathlib import Path

#: A CPU limit no default run uses: it marks this suite's kernels (and anything they fork) in
#: /proc/<pid>/limits, so that kernels of other grading runs on the machine are not blamed.
CPU_TAG = 117
#: Scratch folders of the grader's kernels and zygotes, as they appear on command lines.
SCRATCH = re.compile(r"(?:/var)?/tmp/(?:autograder-run-|autograder-kernel-|k-)[A-Za-z0-9_]+")


def markers(assignment: str) -> tuple[str, ...]:
    """Marker files (relative to a run's base folder): course folder, its source copy, the
    submissions folder, the --source-root copy and the assignment's grading/ in it."""
    return ("out/MARKER", "out/source/MARKER", "subs/.MARKER", "src/MARKER", f"src/{assignment}/grading/MARKER")


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
            except (TimeoutError, OSError):
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
            uid = int(re.search(r"^Uid:\s+(\d+)", status, re.MULTILINE).group(1))
            cpu = re.search(r"^Max cpu time\s+(\S+)", _proc_text(pid, "limits"), re.MULTILINE).group(1)
        except (OSError, AttributeError, ValueError):
            continue  # gone while we looked, or a kernel thread
        name = re.search(r"^Name:\s+(.*)$", status, re.MULTILINE).group(1)
        what = f"pid {pid} uid {uid} {name}: {cmdline[:160]!r}"
        if (uid_base <= uid < uid_base + 2 ** 22 or uid == own) and cpu == str(CPU_TAG):
            found[pid] = what + " (a kernel of this suite, or its child)"
        elif any(not os.path.exists(path) for path in SCRATCH.findall(cmdline)):
            found[pid] = what + " (its grading run's scratch folder is gone)"
    return found


def marker_state(base: Path, names: tuple[str, ...]) -> dict[str, tuple]:
    """Content, inode, modification time and size of each marker file (or why it is missing)."""
    out = {}
    for rel in names:
        path = base / rel
        try:
            st = path.stat()
            out[rel] = (path.read_text(), st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError as error:
            out[rel] = ("missing", type(error).__name__)
    return out
