"""A zygote kept warm between runs: reused by the next run with the same settings, by one
run at a time, stopped when idle, never taken from a folder others could have prepared."""

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from autograder.execution.execute import ATTESTATION_MIME
from autograder.execution.kernel import Kernel, RunLimits
from autograder.execution.attestation import attestation_code, check_attestation
from autograder.execution.sandbox import SandboxSettings
from conftest import sandbox_available

pytestmark = [pytest.mark.slow, pytest.mark.sandbox,
              pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap (as root, or user namespaces)")]


@pytest.fixture
def settings():
    """Settings no other run uses (their own kept zygote); stopped and removed afterwards."""
    from autograder.execution import kept_zygote

    chosen = SandboxSettings(memory_mb=3000 + os.getpid() % 997)
    yield chosen
    folder = kept_zygote.kept_folder(kept_zygote.zygote_key(settings=chosen, font_cache=None))
    kept_zygote.stop(folder)
    shutil.rmtree(folder, ignore_errors=True)


def _open(settings, keep_seconds=60.0):
    from autograder.execution.kept_zygote import KeptZygote

    return KeptZygote.open(settings=settings, font_cache=None, keep_seconds=keep_seconds, lock_wait=0.2)


def _attested(zygote, settings, slot=21):
    kernel = Kernel(settings=settings, limits=RunLimits(cell_timeout=5), slot=slot, zygote=zygote)
    try:
        kernel.wait_ready(30)
        _, data = kernel.execute(attestation_code([]), index=-1, deadline=time.monotonic() + 30,
                                 data_mimes=(ATTESTATION_MIME,))
        return check_attestation(json.loads(data[-1]), settings=settings, slot=slot)
    finally:
        kernel.kill()


def test_the_next_run_forks_from_the_same_zygote_and_its_kernels_are_sandboxed(settings):
    first = _open(settings, keep_seconds=10.0)  # its keeper looks every 2.5 s
    first.wait_listening()
    pid = first.pid
    assert _attested(first, settings) == []
    first.close()
    time.sleep(3)  # past the keeper's first look after the run: it must find the run recent
    second = _open(settings)
    try:
        second.wait_listening()
        assert second.pid == pid and not second.started_here
        assert _attested(second, settings) == []
    finally:
        second.close()


def test_a_zygote_in_use_by_one_run_is_not_handed_to_another(settings):
    first = _open(settings)
    try:
        assert _open(settings) is None  # the caller starts a zygote of its own
    finally:
        first.close()
    again = _open(settings)
    assert again is not None
    again.close()


def test_other_settings_get_another_zygote(settings):
    from autograder.execution.kept_zygote import zygote_key

    other = SandboxSettings(memory_mb=settings.memory_mb + 1)
    assert zygote_key(settings=settings, font_cache=None) != zygote_key(settings=other, font_cache=None)
    assert zygote_key(settings=settings, font_cache=None) == zygote_key(settings=settings, font_cache=None)


def test_an_idle_zygote_stops_and_its_folder_goes(settings):
    from autograder.execution.kept_zygote import ForkedProcess

    kept = _open(settings, keep_seconds=1.0)
    kept.wait_listening()
    folder, pid = kept.run_dir, kept.pid
    kept.close()
    deadline = time.monotonic() + 30
    while os.path.exists(folder) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not os.path.exists(folder)
    assert ForkedProcess(pid).wait(timeout=5) is not None


def test_a_zygote_whose_keeper_was_killed_is_started_again(settings):
    from autograder.execution.kept_zygote import KEEPER_FILE, ForkedProcess, _read_pid

    first = _open(settings)
    first.wait_listening()
    folder, pid = first.run_dir, first.pid
    first.close()
    keeper = _read_pid(Path(folder, KEEPER_FILE))
    os.kill(keeper, signal.SIGKILL)  # as a reboot or an OOM kill would: its files stay
    assert ForkedProcess(keeper).wait(timeout=5) is not None
    second = _open(settings)
    try:
        second.wait_listening()
        assert second.started_here and second.pid != pid
        assert _attested(second, settings) == []
    finally:
        second.close()


@pytest.mark.parametrize("spoil", ["writable by others", "a link"])
def test_a_folder_others_could_have_prepared_is_not_used(settings, tmp_path, spoil):
    from autograder.execution.kept_zygote import kept_folder, zygote_key

    folder = kept_folder(zygote_key(settings=settings, font_cache=None))
    if spoil == "a link":
        os.symlink(tmp_path, folder)
    else:
        folder.mkdir(mode=0o700)
        folder.chmod(0o777)
    try:
        assert _open(settings) is None
        assert list(tmp_path.iterdir()) == []  # nothing written through the link
    finally:
        folder.unlink() if folder.is_symlink() else shutil.rmtree(folder)
