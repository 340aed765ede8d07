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

Nothing here trusts the configuration to have worked: :func:`attestation_code` runs in
the kernel before any student code and :func:`check_attestation` refuses a kernel whose
report does not match the settings (fail closed).
"""

from __future__ import annotations

import functools
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Optional

from autograder.errors import AutograderError

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


NAMESPACES = ("mnt", "pid", "net", "ipc", "uts")
"""Namespaces every sandboxed kernel must have of its own (plus ``user`` when rootless)."""
CAPABILITY_SETS = ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")
NO_CAPABILITIES = "0000000000000000"
UNSAFE_HINT = (
    "To grade WITHOUT isolation anyway, pass --unsafe-no-sandbox: student code then runs with "
    "your rights, reads and changes whatever you can (the solutions, the gradebook, other "
    "students' submissions, your home) and uses the network; only the rlimits remain. Use it "
    "only for code you trust.")


def rootless() -> bool:
    """True when the sandbox is built by an ordinary user (a user namespace per kernel)."""
    return os.geteuid() != 0


def bwrap_path() -> Optional[str]:
    """Path of a usable bubblewrap, or None (see :func:`sandbox_problem` for why not)."""
    return None if sandbox_problem() else shutil.which("bwrap")


def require_sandbox(settings: SandboxSettings) -> None:
    """Refuse to grade without isolation unless the instructor turned it off explicitly.

    Raises:
        AutograderError: if sandboxing is enabled but cannot be built here; the message says
            what is missing and how an administrator enables it.
    """
    if settings.enabled and bwrap_path() is None:
        raise AutograderError(sandbox_problem() or
                              f"cannot sandbox student kernels here: bubblewrap is not usable. {UNSAFE_HINT}")


@functools.lru_cache(maxsize=1)
def sandbox_problem() -> Optional[str]:
    """Why kernels cannot be sandboxed on this machine, or None if they can (checked once)."""
    if not sys.platform.startswith("linux"):
        return f"cannot sandbox student kernels on {sys.platform}: the sandbox needs Linux. {UNSAFE_HINT}"
    if shutil.which("bwrap") is None:
        return ("cannot sandbox student kernels here: bubblewrap is not installed (Debian/Ubuntu: "
                f"apt-get install bubblewrap; Fedora: dnf install bubblewrap). {UNSAFE_HINT}")
    return None if not rootless() else userns_problem()


def _read_setting(path: str) -> Optional[str]:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None


def _probe_userns() -> Optional[str]:
    """Build a throwaway rootless sandbox like a kernel's, with a nested user namespace as a
    warm kernel makes; None if it worked, else what bubblewrap or unshare said."""
    nested = ["unshare", "--user", "--mount", "--pid", "--net", "--ipc", "--uts", "--fork", "true"] \
        if shutil.which("unshare") else ["true"]
    cmd = [shutil.which("bwrap") or "bwrap", "--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc",
           "--unshare-uts", "--uid", "2000000", "--gid", "2000000", "--cap-drop", "ALL", "--ro-bind", "/", "/",
           "--dev", "/dev", "--proc", "/proc", "--perms", "1777", "--size", "1048576", "--tmpfs", "/tmp", "--"]
    try:
        proc = subprocess.run(cmd + nested, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    return None if proc.returncode == 0 else (proc.stderr.strip() or f"exit status {proc.returncode}")[:300]


def userns_problem(*, read: Callable[[str], Optional[str]] = _read_setting,
                   probe: Callable[[], Optional[str]] = _probe_userns,
                   release: Optional[str] = None) -> Optional[str]:
    """Why an ordinary user cannot build the sandbox here, or None if it can.

    Args:
        read: reads a ``/proc/sys`` setting (None if absent); replaced in tests.
        probe: tries a rootless sandbox, returns None or the error; replaced in tests.
        release: the Linux release (default: this machine's).
    """
    who = f"as an ordinary user (uid {os.getuid()})"
    try:
        version = tuple(int(p) for p in (release or platform.release()).split(".")[:2])
    except ValueError:
        version = (0, 0)
    if version < (5, 14):
        return (f"cannot sandbox student kernels {who}: Linux {release or platform.release()} counts "
                "processes per uid, not per user namespace (needs Linux 5.14 or later), so the "
                "per-kernel process limit would count all of your processes. Run the grader as root "
                f"or on a newer kernel. {UNSAFE_HINT}")
    error = probe()
    if error is None:
        return None
    missing = []
    if read("/proc/sys/kernel/unprivileged_userns_clone") == "0":
        missing.append("unprivileged user namespaces are switched off (kernel.unprivileged_userns_clone = 0); "
                       "an administrator enables them with `sysctl -w kernel.unprivileged_userns_clone=1` "
                       "(and the same line in /etc/sysctl.d/99-userns.conf to keep it)")
    if read("/proc/sys/user/max_user_namespaces") == "0":
        missing.append("no user namespace may be created (user.max_user_namespaces = 0); an administrator "
                       "allows them with `sysctl -w user.max_user_namespaces=15000` (and in /etc/sysctl.d/)")
    if read("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == "1":
        missing.append("AppArmor restricts unprivileged user namespaces "
                       "(kernel.apparmor_restrict_unprivileged_userns = 1, Ubuntu 23.10+) and bubblewrap has no "
                       "profile allowing them; an administrator gives it one: /etc/apparmor.d/bwrap holding "
                       "`abi <abi/4.0>, include <tunables/global> profile bwrap /usr/bin/bwrap "
                       "flags=(unconfined) { userns, }`, then `apparmor_parser -r /etc/apparmor.d/bwrap` "
                       "(or lifts the restriction: `sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`)")
    if not missing:
        missing.append("this system refuses new user namespaces (typically a container or a JupyterHub pod "
                       "whose seccomp profile or runtime forbids them, or a setuid bubblewrap); an administrator "
                       "allows them for this container (Docker/Podman: --security-opt seccomp=unconfined or a "
                       "profile allowing unshare and clone with CLONE_NEWUSER; Kubernetes: a pod securityContext "
                       "with such a seccomp profile) or grades as root")
    return (f"cannot sandbox student kernels {who}: each kernel needs its own user namespace, and "
            f"bubblewrap could not create one ({error}). Missing: " + "; ".join(missing) + f". {UNSAFE_HINT}")


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


def attestation_code(hidden_paths: list[str]) -> str:
    """Code run in a fresh kernel, before any student code, that reports its confinement."""
    return (
        "def _autograder_attest(hidden):\n"
        "    import json, os, resource, socket\n"
        "    from IPython.display import publish_display_data\n"
        "    status = dict(l.split(':', 1) for l in open('/proc/self/status').read().split('\\n') if ':' in l)\n"
        "    def ns(kind):\n"
        "        try:\n"
        "            return os.readlink('/proc/self/ns/' + kind)\n"
        "        except OSError:\n"
        "            return None\n"
        "    def read(path):\n"
        "        try:\n"
        "            return open(path).read()\n"
        "        except OSError:\n"
        "            return None\n"
        "    limits = {n: resource.getrlimit(getattr(resource, n))[0] for n in\n"
        "              ('RLIMIT_AS', 'RLIMIT_CPU', 'RLIMIT_NPROC', 'RLIMIT_FSIZE', 'RLIMIT_NOFILE')}\n"
        "    report = {'uid': os.getuid(), 'euid': os.geteuid(), 'pid': os.getpid(),\n"
        "              'caps': {k: status.get(k, '').strip() for k in\n"
        "                       ('CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb')},\n"
        "              'no_new_privs': status.get('NoNewPrivs', '').strip(),\n"
        "              'namespaces': {k: ns(k) for k in ('user', 'mnt', 'pid', 'net', 'ipc', 'uts')},\n"
        "              'uid_map': read('/proc/self/uid_map'), 'limits': limits,\n"
        "              'interfaces': sorted(n for _, n in socket.if_nameindex()),\n"
        "              'visible': [p for p in hidden if os.path.exists(p)],\n"
        "              'parent_pid_env': os.environ.get('JPY_PARENT_PID')}\n"
        "    publish_display_data({'text/x-autograder-attestation': json.dumps(report)})\n"
        f"_autograder_attest({json.dumps(hidden_paths)})\n"
        "del _autograder_attest\n"
    )


def own_namespaces() -> dict[str, Optional[str]]:
    """This process's namespaces (``user:[4026531837]`` and so on), to compare a kernel's with."""
    found = {}
    for kind in ("user",) + NAMESPACES:
        try:
            found[kind] = os.readlink(f"/proc/self/ns/{kind}")
        except OSError:
            found[kind] = None
    return found


def check_attestation(report: Optional[dict], *, settings: SandboxSettings, slot: int,
                      host_namespaces: Optional[dict] = None, unprivileged: Optional[bool] = None) -> list[str]:
    """Everything in a kernel's attestation that contradicts the sandbox settings.

    Args:
        report: what the kernel published (untrusted: any shape).
        settings: the limits and isolation it must have.
        slot: its slot (selects its uid).
        host_namespaces: the grader's namespaces, which the kernel must not share
            (default: this process's).
        unprivileged: whether the sandbox was built rootless (default: :func:`rootless`); the
            kernel must then also have its own user namespace, mapping its uid alone.
    """
    if not isinstance(report, dict):
        return ["the kernel sent no attestation"]
    problems = []
    mib = 1024 * 1024
    limits = report.get("limits") if isinstance(report.get("limits"), dict) else {}
    expected_limits = {"RLIMIT_AS": settings.memory_mb * mib, "RLIMIT_CPU": settings.cpu_seconds,
                       "RLIMIT_NPROC": settings.max_processes,
                       "RLIMIT_FSIZE": settings.max_file_mb * mib,
                       "RLIMIT_NOFILE": settings.max_open_files}
    for name, value in expected_limits.items():
        if limits.get(name) != value:
            problems.append(f"{name} is {limits.get(name)}, expected {value}")
    if settings.enabled:
        problems += _isolation_problems(report, settings.uid_base + slot, settings.network,
                                        host_namespaces if host_namespaces is not None else own_namespaces(),
                                        rootless() if unprivileged is None else unprivileged)
    return problems


def _isolation_problems(report: dict, uid: int, network: bool, host: dict, unprivileged: bool) -> list[str]:
    problems = []
    if report.get("visible"):
        problems.append(f"the kernel can see {report['visible']}")
    if report.get("uid") != uid or report.get("euid") != uid:
        problems.append(f"the kernel runs as uid {report.get('uid')}, expected {uid}")
    caps = report.get("caps") if isinstance(report.get("caps"), dict) else {}
    held = {k: caps.get(k) for k in CAPABILITY_SETS if caps.get(k) != NO_CAPABILITIES}
    if held:
        problems.append(f"the kernel holds capabilities {held}")
    if report.get("no_new_privs") != "1":
        problems.append("the kernel may gain privileges on exec (no_new_privs is not set)")
    if not network and report.get("interfaces") != ["lo"]:
        problems.append(f"the kernel sees network interfaces {report.get('interfaces')}")
    if not isinstance(report.get("pid"), int) or report["pid"] > 10:
        problems.append(f"the kernel is not in its own pid namespace (pid {report.get('pid')})")
    namespaces = report.get("namespaces") if isinstance(report.get("namespaces"), dict) else {}
    for kind in (("user",) if unprivileged else ()) + NAMESPACES:
        if namespaces.get(kind) is None or namespaces.get(kind) == host.get(kind):
            problems.append(f"the kernel does not have a {kind} namespace of its own ({namespaces.get(kind)})")
    if unprivileged:
        lines = [line.split() for line in str(report.get("uid_map") or "").strip().splitlines()]
        if len(lines) != 1 or len(lines[0]) != 3 or lines[0][0] != str(uid) or lines[0][2] != "1":
            problems.append(f"the kernel's user namespace must map its uid alone, not {report.get('uid_map')!r}")
    return problems
