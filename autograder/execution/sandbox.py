"""The sandbox each student's kernel runs in: bubblewrap, an unprivileged uid, rlimits.

Two ways to build it, with the same guarantees (see ``docs/security.md``):

* as root: the kernel runs as the host uid ``uid_base + slot``, in the host's user namespace;
* as an ordinary user (*rootless*): the kernel gets a user namespace of its own, in which
  ``uid_base + slot`` is the only uid mapped (onto the grading user's), with no capability
  left; processes are then counted per user namespace (Linux 5.14+), and what separated
  kernels by uid (signals, ptrace, IPC folders) is kept by pid and mount namespaces.

Layout inside the sandbox (Linux, bubblewrap):

* a read-only system (``/usr``, ``/etc`` and the Python installation the grader runs on);
* a private, size-limited, writable home (tmpfs) and ``/tmp``; nothing of the course:
  no ``solutions/``, gradebook, other submissions, or instructor's home;
* one read-write folder holding the kernel's IPC sockets and connection file;
* new pid, network (loopback only), IPC and UTS namespaces;
* the kernel runs as ``uid_base + slot`` with no capabilities and no_new_privs, under
  rlimits on address space, CPU time, processes, file size and open files.

Nothing trusts the configuration to have worked: :mod:`autograder.execution.attestation`
checks each kernel before any student code (fail closed). Whether this machine can build
the sandbox at all, and what an administrator must change if not, is
:mod:`autograder.execution.availability`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from autograder.errors import AutograderError
from autograder.execution.availability import bwrap_path, rootless

HOME = "/home/student"


@dataclass(frozen=True)
class SandboxSettings:
    """Limits and isolation of one student's kernel."""

    enabled: bool = True
    """Run kernels under bubblewrap. Off only with an explicit, loudly warned flag."""
    memory_mb: int = 3072
    """Address-space limit (RLIMIT_AS) of the kernel, in MiB."""
    cpu_seconds: int = 300
    """CPU-time limit (RLIMIT_CPU) of the kernel, in seconds: as long as a notebook may run
    (:attr:`RunLimits.notebook_timeout`), since a kernel it kills loses every part after,
    where a cell's timeout costs that cell (a function that never ends is called by the
    notebook's own cell and again by the grader's probe: two cell timeouts of CPU)."""
    max_processes: int = 64
    """Process and thread limit (RLIMIT_NPROC) of the sandbox's uid."""
    max_file_mb: int = 16
    """Largest file the kernel may write (RLIMIT_FSIZE), in MiB."""
    max_open_files: int = 256
    """Open file descriptors (RLIMIT_NOFILE)."""
    scratch_mb: int = 64
    """Size of the private writable home and of /tmp (each a tmpfs), in MiB."""
    network: bool = False
    """Give the kernel the host's network (never needed for grading)."""
    uid_base: int = 2_000_000
    """Kernels run as ``uid_base + slot``: one uid per concurrent kernel, so that one
    submission's process limit never starves another's."""

    def as_dict(self) -> dict:
        return asdict(self)


def python_roots() -> list[str]:
    """Folders holding the interpreter and its packages (bound read-only)."""
    roots = {os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix)}
    return sorted(r for r in roots if not any(r != o and r.startswith(o + os.sep) for o in roots))


def _limits(settings: SandboxSettings) -> list[str]:
    mib = 1024 * 1024
    return ["prlimit", f"--as={settings.memory_mb * mib}", f"--cpu={settings.cpu_seconds}",
            f"--nproc={settings.max_processes}", f"--fsize={settings.max_file_mb * mib}",
            f"--nofile={settings.max_open_files}", "--core=0", "--"]


def kernel_environment(settings: SandboxSettings, home: str) -> dict:
    """The only environment variables the kernel sees."""
    return {
        "HOME": home,
        "PATH": os.pathsep.join([os.path.dirname(sys.executable), "/usr/local/bin", "/usr/bin", "/bin"]),
        "LANG": "C.UTF-8",
        "MPLCONFIGDIR": f"{home}/.matplotlib",
        "MPLBACKEND": "agg",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }


class _Binds:
    """bubblewrap arguments for a read-only system plus chosen folders, parents made 0755."""

    def __init__(self, settings: SandboxSettings):
        self.args = ["--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc", "--dev", "/dev"]
        for name in ("bin", "lib", "lib64", "sbin", "lib32", "libx32"):
            path = f"/{name}"
            if os.path.islink(path):
                self.args += ["--symlink", os.readlink(path), path]
            elif os.path.isdir(path):
                self.args += ["--ro-bind", path, path]
        self.size = str(settings.scratch_mb * 1024 * 1024)
        self.args += ["--perms", "1777", "--size", self.size, "--tmpfs", "/tmp"]
        self.made = {"/", "/usr", "/etc", "/dev", "/tmp"}
        for root in python_roots():
            self.bind(root, root, read_only=True)

    def parents(self, path: str) -> None:
        for parent in reversed(Path(path).parents):
            if str(parent) not in self.made:
                self.made.add(str(parent))
                self.args += ["--perms", "0755", "--dir", str(parent)]

    def bind(self, source: str, target: str, *, read_only: bool) -> None:
        self.parents(target)
        self.args += ["--ro-bind" if read_only else "--bind", source, target]
        self.made.add(target)

    def home(self) -> None:
        # World-writable because the tmpfs belongs to root; only the kernel's uid lives here.
        self.parents(HOME)
        self.args += ["--perms", "1777", "--size", self.size, "--tmpfs", HOME]
        self.made.add(HOME)


def _bwrap() -> str:
    bwrap = bwrap_path()
    if bwrap is None:
        raise AutograderError("bubblewrap is not available")
    return bwrap


def sandbox_command(kernel_cmd: list[str], *, settings: SandboxSettings, slot: int,
                    ipc_dir: str, font_cache: Optional[str] = None) -> list[str]:
    """Wrap ``kernel_cmd`` so that it runs isolated (bubblewrap) or merely limited.

    Args:
        kernel_cmd: the kernel's own command line.
        settings: isolation and limits.
        slot: index of the concurrent kernel (selects its uid).
        ipc_dir: host folder for the connection file and sockets, bound at the same path.
        font_cache: a matplotlib font-cache file to expose read-only, so that every kernel
            does not rebuild it.
    """
    uid = settings.uid_base + slot
    if not settings.enabled:
        return _limits(settings) + kernel_cmd
    cmd = [_bwrap(), "--clearenv", "--die-with-parent", "--new-session",
           "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
           "--hostname", "sandbox", "--proc", "/proc"]
    if rootless():  # a user namespace mapping only this uid (onto ours), every capability dropped
        cmd += ["--unshare-user", "--uid", str(uid), "--gid", str(uid), "--cap-drop", "ALL"]
    if not settings.network:
        cmd.append("--unshare-net")
    binds = _Binds(settings)
    binds.home()
    binds.args += ["--perms", "0777", "--dir", f"{HOME}/.matplotlib"]
    if font_cache:
        binds.bind(font_cache, f"{HOME}/.matplotlib/{os.path.basename(font_cache)}", read_only=True)
    binds.bind(ipc_dir, ipc_dir, read_only=False)
    cmd += binds.args + ["--chdir", HOME]
    for key, value in kernel_environment(settings, HOME).items():
        cmd += ["--setenv", key, value]
    cmd.append("--")
    if not rootless():  # bubblewrap (as root) leaves the uid and capabilities to us
        cmd += ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
    return cmd + _limits(settings) + kernel_cmd


def outer_sandbox_command(zygote_cmd: list[str], *, settings: SandboxSettings, run_dir: str,
                          font_cache: Optional[str] = None) -> list[str]:
    """The zygote's sandbox: the same read-only view, no course files, no network.

    Unlike a kernel's, it keeps the host's pid namespace (the grader kills kernels by pid)
    and, as root, root's capabilities, to build each kernel's own namespaces; rootless, it
    has its own user namespace and no capability (each kernel's user namespace gives the
    child that builds it what it needs there). Each forked kernel then confines itself
    further (see :mod:`autograder.execution.zygote`).
    """
    cmd = [_bwrap(), "--clearenv", "--die-with-parent", "--new-session", "--unshare-ipc",
           "--unshare-uts", "--unshare-net", "--proc", "/proc"]
    if rootless():
        cmd += ["--unshare-user", "--cap-drop", "ALL"]
    binds = _Binds(settings)
    binds.parents(HOME)
    binds.args += ["--perms", "0755", "--dir", HOME]
    binds.made.add(HOME)
    if font_cache:
        binds.bind(font_cache, f"/fonts/{os.path.basename(font_cache)}", read_only=True)
    binds.bind(run_dir, run_dir, read_only=False)
    env = kernel_environment(settings, HOME)
    cmd += binds.args + ["--chdir", "/"]
    for key, value in env.items():
        cmd += ["--setenv", key, value]
    return cmd + ["--"] + zygote_cmd
