"""A kernel's attestation: what it reports of its own confinement, and the check of that report.

:func:`attestation_code` runs in each fresh kernel before any student code; the grader then
refuses, with :func:`check_attestation`, any kernel whose uid, capabilities, namespaces,
limits, network or view of the host contradict its sandbox settings (fail closed).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Optional

from autograder.execution.availability import rootless

if TYPE_CHECKING:
    from autograder.execution.sandbox import SandboxSettings

NAMESPACES = ("mnt", "pid", "net", "ipc", "uts")
"""Namespaces every sandboxed kernel must have of its own (plus ``user`` when rootless)."""
CAPABILITY_SETS = ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")
NO_CAPABILITIES = "0000000000000000"


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
