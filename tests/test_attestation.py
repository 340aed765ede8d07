"""A kernel's attestation: the check refuses every escape a report shows (fail closed), and a
real sandboxed kernel passes it while an unsandboxed one does not."""

import json
import os

import pytest

from autograder.execution.attestation import attestation_code, check_attestation
from autograder.execution.execute import ATTESTATION_MIME
from autograder.execution.kernel import Kernel, RunLimits
from autograder.execution.sandbox import SandboxSettings
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


def _attest(settings, hidden):
    kernel = Kernel(settings=settings, limits=RunLimits())
    try:
        kernel.wait_ready(60)
        _, data = kernel.execute(attestation_code(hidden), index=-1, deadline=1e12,
                                 data_mimes=(ATTESTATION_MIME,))
    finally:
        kernel.kill()
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
