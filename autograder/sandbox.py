"""The sandbox each student's kernel runs in: bubblewrap, an unprivileged uid, rlimits.

Layout inside the sandbox (Linux, bubblewrap, started as root):

* a read-only system (``/usr``, ``/etc`` and the Python installation the grader runs on);
* a private, size-limited, writable home (tmpfs) and ``/tmp``; nothing of the course:
  no ``solutions/``, gradebook, other submissions, or instructor's home;
* one read-write folder holding the kernel's IPC sockets and connection file;
* new pid, network (loopback only), IPC and UTS namespaces;
* the kernel runs as ``uid_base + slot`` with no capabilities and no_new_privs, under
  rlimits on address space, CPU time, processes, file size and open files.

Nothing here trusts the configuration to have worked: :func:`attestation_code` runs in
the kernel before any student code and :func:`check_attestation` refuses a kernel whose
report does not match the settings (fail closed).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from .errors import AutograderError

HOME = "/home/student"


@dataclass(frozen=True)
class SandboxSettings:
    """Limits and isolation of one student's kernel."""

    enabled: bool = True
    """Run kernels under bubblewrap. Off only with an explicit, loudly warned flag."""
    memory_mb: int = 3072
    """Address-space limit (RLIMIT_AS) of the kernel, in MiB."""
    cpu_seconds: int = 120
    """CPU-time limit (RLIMIT_CPU) of the kernel, in seconds."""
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


def bwrap_path() -> Optional[str]:
    """Path of a usable bubblewrap, or None (not Linux, not installed, or not root)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return None
    return shutil.which("bwrap")


def require_sandbox(settings: SandboxSettings) -> None:
    """Refuse to grade without isolation unless the instructor turned it off explicitly.

    Raises:
        AutograderError: if sandboxing is enabled but bubblewrap cannot be used here.
    """
    if settings.enabled and bwrap_path() is None:
        raise AutograderError(
            "cannot sandbox student kernels here: grading needs Linux, bubblewrap "
            "(apt-get install bubblewrap) and root. To run submissions WITHOUT isolation "
            "anyway, pass --unsafe-no-sandbox (only for code you trust).")


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
    cmd += ["--", "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
            "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
    return cmd + _limits(settings) + kernel_cmd


def outer_sandbox_command(zygote_cmd: list[str], *, settings: SandboxSettings, run_dir: str,
                          font_cache: Optional[str] = None) -> list[str]:
    """The zygote's sandbox: the same read-only view, no course files, no network.

    Unlike a kernel's, it keeps root's capabilities and the host's pid namespace: the
    zygote needs them to build each kernel's own namespaces and the grader to kill them.
    Each forked kernel then confines itself further (see :mod:`autograder.zygote`).
    """
    cmd = [_bwrap(), "--clearenv", "--die-with-parent", "--new-session", "--unshare-ipc",
           "--unshare-uts", "--unshare-net", "--proc", "/proc"]
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


def attestation_code(hidden_paths: list[str]) -> str:
    """Code run in a fresh kernel, before any student code, that reports its confinement."""
    return (
        "def _autograder_attest(hidden):\n"
        "    import json, os, resource, socket\n"
        "    from IPython.display import publish_display_data\n"
        "    status = open('/proc/self/status').read().split('\\n')\n"
        "    caps = [l.split()[1] for l in status if l.startswith('CapEff:')]\n"
        "    limits = {n: resource.getrlimit(getattr(resource, n))[0] for n in\n"
        "              ('RLIMIT_AS', 'RLIMIT_CPU', 'RLIMIT_NPROC', 'RLIMIT_FSIZE', 'RLIMIT_NOFILE')}\n"
        "    report = {'uid': os.getuid(), 'euid': os.geteuid(), 'pid': os.getpid(),\n"
        "              'cap_eff': caps[0] if caps else None, 'limits': limits,\n"
        "              'interfaces': sorted(n for _, n in socket.if_nameindex()),\n"
        "              'visible': [p for p in hidden if os.path.exists(p)],\n"
        "              'parent_pid_env': os.environ.get('JPY_PARENT_PID')}\n"
        "    publish_display_data({'text/x-autograder-attestation': json.dumps(report)})\n"
        f"_autograder_attest({json.dumps(hidden_paths)})\n"
        "del _autograder_attest\n"
    )


def check_attestation(report: Optional[dict], *, settings: SandboxSettings, slot: int) -> list[str]:
    """Everything in a kernel's attestation that contradicts the sandbox settings."""
    if not isinstance(report, dict):
        return ["the kernel sent no attestation"]
    problems = []
    mib = 1024 * 1024
    limits = report.get("limits") or {}
    expected_limits = {"RLIMIT_AS": settings.memory_mb * mib, "RLIMIT_CPU": settings.cpu_seconds,
                       "RLIMIT_NPROC": settings.max_processes,
                       "RLIMIT_FSIZE": settings.max_file_mb * mib,
                       "RLIMIT_NOFILE": settings.max_open_files}
    for name, value in expected_limits.items():
        if limits.get(name) != value:
            problems.append(f"{name} is {limits.get(name)}, expected {value}")
    if settings.enabled:
        if report.get("visible"):
            problems.append(f"the kernel can see {report['visible']}")
        uid = settings.uid_base + slot
        if report.get("uid") != uid or report.get("euid") != uid:
            problems.append(f"the kernel runs as uid {report.get('uid')}, expected {uid}")
        if report.get("cap_eff") != "0000000000000000":
            problems.append(f"the kernel holds capabilities {report.get('cap_eff')}")
        if not settings.network and report.get("interfaces") != ["lo"]:
            problems.append(f"the kernel sees network interfaces {report.get('interfaces')}")
        if report.get("pid") is None or report["pid"] > 10:
            problems.append(f"the kernel is not in its own pid namespace (pid {report.get('pid')})")
    return problems
