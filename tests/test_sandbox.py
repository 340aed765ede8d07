"""The sandbox: its command line, and a real kernel's attestation (fail closed)."""

import os

import pytest

from autograder import sandbox
from autograder.execute import ATTESTATION_MIME
from autograder.kernel import Kernel, RunLimits
from autograder.sandbox import SandboxSettings, attestation_code, check_attestation, sandbox_command
from conftest import ROOT, sandbox_available

needs_bwrap = pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap and root")


def _report(**overrides):
    settings = SandboxSettings()
    mib = 1024 * 1024
    report = {"uid": settings.uid_base, "euid": settings.uid_base, "pid": 2, "cap_eff": "0000000000000000",
              "interfaces": ["lo"], "visible": [], "limits": {
                  "RLIMIT_AS": settings.memory_mb * mib, "RLIMIT_CPU": settings.cpu_seconds,
                  "RLIMIT_NPROC": settings.max_processes, "RLIMIT_FSIZE": settings.max_file_mb * mib,
                  "RLIMIT_NOFILE": settings.max_open_files}}
    report.update(overrides)
    return report


def test_a_confined_report_passes():
    assert check_attestation(_report(), settings=SandboxSettings(), slot=0) == []


@pytest.mark.parametrize("field,value,complaint", [
    ("uid", 0, "uid"),
    ("cap_eff", "000001fffeffffff", "capabilities"),
    ("interfaces", ["eth0", "lo"], "network"),
    ("visible", ["/work/solutions"], "can see"),
    ("pid", 4242, "pid namespace"),
])
def test_each_escape_in_the_report_is_refused(field, value, complaint):
    problems = check_attestation(_report(**{field: value}), settings=SandboxSettings(), slot=0)
    assert any(complaint in p for p in problems)


def test_missing_report_or_loose_limits_are_refused():
    assert check_attestation(None, settings=SandboxSettings(), slot=0)
    loose = _report()
    loose["limits"] = dict(loose["limits"], RLIMIT_NPROC=-1)
    assert any("RLIMIT_NPROC" in p for p in check_attestation(loose, settings=SandboxSettings(), slot=0))


def test_each_slot_runs_as_its_own_uid(monkeypatch):
    monkeypatch.setattr(sandbox, "bwrap_path", lambda: "/usr/bin/bwrap")
    settings = SandboxSettings()
    first = sandbox_command(["python"], settings=settings, slot=0, ipc_dir="/tmp/k0")
    second = sandbox_command(["python"], settings=settings, slot=3, ipc_dir="/tmp/k3")
    assert f"--reuid={settings.uid_base}" in first and f"--reuid={settings.uid_base + 3}" in second
    assert "--unshare-net" in first and "--clearenv" in first
    sources = [first[i + 1] for i, arg in enumerate(first) if arg in ("--bind", "--ro-bind")]
    assert str(ROOT) not in sources and str(ROOT / "solutions") not in sources


def test_disabled_sandbox_keeps_the_limits():
    cmd = sandbox_command(["python"], settings=SandboxSettings(enabled=False), slot=0, ipc_dir="/tmp/k")
    assert cmd[0] == "prlimit" and cmd[-1] == "python" and "bwrap" not in " ".join(cmd)


def _attest(settings, hidden):
    kernel = Kernel(settings=settings, limits=RunLimits())
    try:
        kernel.wait_ready(60)
        _, data = kernel.execute(attestation_code(hidden), index=-1, deadline=1e12,
                                 data_mimes=(ATTESTATION_MIME,))
    finally:
        kernel.kill()
    import json
    return json.loads(data[-1])


@pytest.mark.slow
@pytest.mark.sandbox
@needs_bwrap
def test_a_real_sandboxed_kernel_passes_its_attestation(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("answers")
    report = _attest(SandboxSettings(), [str(secret), str(ROOT / "solutions")])
    assert check_attestation(report, settings=SandboxSettings(), slot=0) == []
    assert report["visible"] == []


@pytest.mark.slow
@needs_bwrap
def test_an_unsandboxed_kernel_fails_the_attestation_it_would_need(tmp_path):
    """Fail closed: a kernel that escaped the sandbox config is caught by what it reports."""
    secret = tmp_path / "secret.txt"
    secret.write_text("answers")
    report = _attest(SandboxSettings(enabled=False), [str(secret)])
    problems = check_attestation(report, settings=SandboxSettings(), slot=0)
    assert any("can see" in p for p in problems) and any("uid" in p for p in problems)
    assert os.path.exists(secret)
