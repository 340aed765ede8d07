"""Whether this machine can build the sandbox: the refusal names what is missing and the fix,
and each run says which sandbox it uses."""

import pytest

from autograder.errors import AutograderError
from autograder.execution import availability
from autograder.execution.sandbox import SandboxSettings

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
    monkeypatch.setattr(availability, "sandbox_problem", lambda: "cannot sandbox: REASON. --unsafe-no-sandbox")
    with pytest.raises(AutograderError, match="REASON"):
        availability.require_sandbox(SandboxSettings())
    availability.require_sandbox(SandboxSettings(enabled=False))



@pytest.mark.parametrize("unprivileged", [False, True], ids=["root", "rootless"])
def test_each_run_says_which_sandbox_it_uses(monkeypatch, unprivileged):
    """Does the line printed once per run name the mode (root or rootless), and an unsandboxed run say so?"""
    monkeypatch.setattr(availability, "rootless", lambda: unprivileged)
    line = availability.describe(SandboxSettings())
    assert ("rootless" in line) == unprivileged and ("as root" in line) == (not unprivileged)
    assert "OFF" in availability.describe(SandboxSettings(enabled=False))
