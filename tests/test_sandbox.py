"""The sandbox: its command line, and a real kernel's attestation (fail closed)."""

import os

import pytest

from autograder.execution import availability, sandbox
from autograder.execution.execute import ATTESTATION_MIME
from autograder.execution.kernel import Kernel, RunLimits
from autograder.execution.sandbox import SandboxSettings, sandbox_command
from autograder.execution.attestation import attestation_code, check_attestation
from conftest import ROOT, sandbox_available

needs_bwrap = pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap (as root, or user namespaces)")


HOST = {"user": "user:[1]", "mnt": "mnt:[2]", "pid": "pid:[3]", "net": "net:[4]", "ipc": "ipc:[5]",
        "uts": "uts:[6]"}


def _report(**overrides):
    settings = SandboxSettings()
    mib = 1024 * 1024
    report = {"uid": settings.uid_base, "euid": settings.uid_base, "pid": 2,
              "caps": {k: "0000000000000000" for k in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")},
              "no_new_privs": "1", "namespaces": {k: v.replace("[", "[9") for k, v in HOST.items()},
              "uid_map": f"   {settings.uid_base}       1001          1\n",
              "interfaces": ["lo"], "visible": [], "limits": {
                  "RLIMIT_AS": settings.memory_mb * mib, "RLIMIT_CPU": settings.cpu_seconds,
                  "RLIMIT_NPROC": settings.max_processes, "RLIMIT_FSIZE": settings.max_file_mb * mib,
                  "RLIMIT_NOFILE": settings.max_open_files}}
    report.update(overrides)
    return report


def _check(report, unprivileged):
    return check_attestation(report, settings=SandboxSettings(), slot=0, host_namespaces=HOST,
                             unprivileged=unprivileged)


@pytest.mark.parametrize("unprivileged", [False, True], ids=["root", "rootless"])
def test_a_confined_report_passes(unprivileged):
    """Does a report of a kernel confined as the settings say pass, as root and rootless?"""
    assert _check(_report(), unprivileged) == []


@pytest.mark.parametrize("unprivileged", [False, True], ids=["root", "rootless"])
@pytest.mark.parametrize("field,value,complaint", [
    ("uid", 0, "uid"),
    ("caps", {"CapEff": "000001fffeffffff"}, "capabilities"),
    ("caps", dict(_report()["caps"], CapBnd="000001ffffffffff"), "CapBnd"),
    ("no_new_privs", "0", "no_new_privs"),
    ("interfaces", ["eth0", "lo"], "network"),
    ("visible", ["/work/solutions"], "can see"),
    ("pid", 4242, "pid namespace"),
    ("namespaces", dict(_report()["namespaces"], net=HOST["net"]), "net namespace"),
    ("namespaces", dict(_report()["namespaces"], mnt=None), "mnt namespace"),
    ("namespaces", "not a dict", "ipc namespace"),
])
def test_each_escape_in_the_report_is_refused(field, value, complaint, unprivileged):
    """Is every way the report can contradict the settings refused, in both sandboxes?"""
    problems = _check(_report(**{field: value}), unprivileged)
    assert any(complaint in p for p in problems), problems


@pytest.mark.parametrize("field,value,complaint", [
    ("namespaces", dict(_report()["namespaces"], user=HOST["user"]), "user namespace of its own"),
    ("uid_map", "         0          0 4294967295\n", "map its uid alone"),
    ("uid_map", "   2000000       1001          2\n", "map its uid alone"),
    ("uid_map", None, "map its uid alone"),
])
def test_a_rootless_kernel_must_have_a_user_namespace_mapping_its_uid_alone(field, value, complaint):
    """Rootless, is a kernel refused that shares the grader's user namespace or whose
    namespace maps more than its own uid (as root, the host's namespace is expected)?"""
    report = _report(**{field: value})
    assert any(complaint in p for p in _check(report, True))
    assert not any(complaint in p for p in _check(report, False))


def test_missing_report_or_loose_limits_are_refused():
    assert check_attestation(None, settings=SandboxSettings(), slot=0)
    loose = _report()
    loose["limits"] = dict(loose["limits"], RLIMIT_NPROC=-1)
    assert any("RLIMIT_NPROC" in p for p in _check(loose, False))


@pytest.mark.parametrize("unprivileged", [False, True], ids=["root", "rootless"])
def test_each_slot_runs_as_its_own_uid(monkeypatch, unprivileged):
    """Does each slot's kernel get its own uid (host uid as root, namespace uid rootless),
    no network, a clean environment, and nothing of the repository bound?"""
    monkeypatch.setattr(sandbox, "bwrap_path", lambda: "/usr/bin/bwrap")
    monkeypatch.setattr(sandbox, "rootless", lambda: unprivileged)
    settings = SandboxSettings()
    first = sandbox_command(["python"], settings=settings, slot=0, ipc_dir="/tmp/k0")
    second = sandbox_command(["python"], settings=settings, slot=3, ipc_dir="/tmp/k3")
    if unprivileged:
        assert "--unshare-user" in first and "setpriv" not in first
        assert first[first.index("--uid") + 1] == str(settings.uid_base)
        assert second[second.index("--uid") + 1] == str(settings.uid_base + 3)
        assert first[first.index("--cap-drop") + 1] == "ALL"
    else:
        assert f"--reuid={settings.uid_base}" in first and f"--reuid={settings.uid_base + 3}" in second
        assert "--bounding-set=-all" in first
    assert "--unshare-net" in first and "--clearenv" in first
    sources = [first[i + 1] for i, arg in enumerate(first) if arg in ("--bind", "--ro-bind")]
    assert str(ROOT) not in sources and str(ROOT / "solutions") not in sources


DENIED = "bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged user namespaces."


@pytest.mark.parametrize("setting,value,fix", [
    ("/proc/sys/kernel/unprivileged_userns_clone", "0", "sysctl -w kernel.unprivileged_userns_clone=1"),
    ("/proc/sys/user/max_user_namespaces", "0", "sysctl -w user.max_user_namespaces="),
    ("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1", "apparmor_parser -r /etc/apparmor.d/bwrap"),
    (None, None, "container"),
])
def test_without_user_namespaces_the_error_says_what_is_missing_and_how_to_enable_it(setting, value, fix):
    """Where user namespaces are off (simulated: the probe fails, one setting says why), does
    the error name the setting, the administrator's fix, --unsafe-no-sandbox and its cost?"""
    settings = {setting: value} if setting else {}
    message = availability.userns_problem(read=settings.get, probe=lambda: DENIED, release="6.8.0-45-generic")
    assert message is not None and fix in message and DENIED in message
    if setting:
        assert setting.replace("/proc/sys/", "").replace("/", ".") in message
    assert "--unsafe-no-sandbox" in message and "your rights" in message and "network" in message


def test_rootless_needs_per_namespace_process_accounting():
    """On a kernel older than 5.14 (processes counted per uid), is rootless refused, with why?"""
    message = availability.userns_problem(read=lambda path: None, probe=lambda: None, release="5.10.0-28-amd64")
    assert message is not None and "5.14" in message and "--unsafe-no-sandbox" in message
    assert availability.userns_problem(read=lambda path: None, probe=lambda: None, release="6.1.0") is None


def test_grading_refuses_to_start_with_the_reason(monkeypatch):
    """Does grade refuse to start unsandboxed and pass on the reason found?"""
    from autograder.errors import AutograderError

    monkeypatch.setattr(availability, "sandbox_problem", lambda: "cannot sandbox: REASON. --unsafe-no-sandbox")
    with pytest.raises(AutograderError, match="REASON"):
        availability.require_sandbox(SandboxSettings())
    availability.require_sandbox(SandboxSettings(enabled=False))


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
