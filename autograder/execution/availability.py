"""Whether this machine can build the sandbox, and if not, exactly what is missing.

As root, bubblewrap is enough. As an ordinary user (*rootless*), each kernel needs a user
namespace of its own: the check builds a throwaway one and, when that fails, names the
setting that forbids it and the administrator's command that allows it.
"""

from __future__ import annotations

import functools
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from autograder.errors import AutograderError

if TYPE_CHECKING:
    from autograder.execution.sandbox import SandboxSettings

UNSAFE_HINT = (
    "To grade WITHOUT isolation anyway, pass --unsafe-no-sandbox: student code then runs with "
    "your rights, reads and changes whatever you can (the solutions, the gradebook, other "
    "students' submissions, your home) and uses the network; only the rlimits remain. Use it "
    "only for code you trust.")


def rootless() -> bool:
    """True when the sandbox is built by an ordinary user (a user namespace per kernel)."""
    return os.geteuid() != 0


def describe(settings: SandboxSettings) -> str:
    """One line saying how student kernels are isolated in this run (printed once per run)."""
    if not settings.enabled:
        return "Sandbox: OFF (--unsafe-no-sandbox): student code runs with your rights"
    if rootless():
        return (f"Sandbox: bubblewrap, rootless (uid {os.getuid()}): each kernel in a user namespace of its own "
                "mapping one uid, with its own mount, pid, network and IPC namespaces; attested before any student code")
    return ("Sandbox: bubblewrap, as root: each kernel as an unprivileged uid of its own, with its own mount, pid, "
            "network and IPC namespaces; attested before any student code")


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
