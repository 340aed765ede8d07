"""The sandbox's command line: one uid per slot, no network, a clean environment, nothing of
the repository bound; limits kept when the sandbox is off."""

import pytest

from autograder.execution import sandbox
from autograder.execution.sandbox import SandboxSettings, sandbox_command
from conftest import ROOT


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



def test_disabled_sandbox_keeps_the_limits():
    cmd = sandbox_command(["python"], settings=SandboxSettings(enabled=False), slot=0, ipc_dir="/tmp/k")
    assert cmd[0] == "prlimit" and cmd[-1] == "python" and "bwrap" not in " ".join(cmd)

