"""A kernel under limits: timeouts interrupt, output is capped, death is reported."""

import time

import pytest

from autograder.execution.kernel import TRUNCATED, Kernel, KernelDied, RunLimits
from autograder.execution.sandbox import SandboxSettings
from conftest import sandbox_available

pytestmark = pytest.mark.slow


@pytest.fixture
def kernel():
    settings = SandboxSettings(enabled=sandbox_available())
    limits = RunLimits(cell_timeout=2, max_cell_output=2000, max_notebook_output=5000)
    k = Kernel(settings=settings, limits=limits)
    k.wait_ready(30)
    yield k
    k.kill()


def _far():
    return time.monotonic() + 120


def test_when_cell_loops_then_it_is_interrupted_and_the_kernel_lives_on(kernel):
    run, _ = kernel.execute("while True:\n    pass", index=0, deadline=_far())
    assert run.error.startswith("TimeoutError")
    after, _ = kernel.execute("print(6 * 7)", index=1, deadline=_far())
    assert after.error is None and after.outputs[0]["text"] == "42\n"


def test_when_cell_swallows_interrupts_then_kernel_is_declared_dead(kernel):
    code = "while True:\n    try:\n        time.sleep(10)\n    except KeyboardInterrupt:\n        pass"
    with pytest.raises(KernelDied):
        kernel.execute("import time\n" + code, index=0, deadline=_far())


def test_when_output_floods_then_only_the_cap_is_kept(kernel):
    run, _ = kernel.execute("for i in range(5000):\n    print('y' * 100)", index=0, deadline=_far())
    text = "".join(o.get("text", "") for o in run.outputs)
    assert len(text) < 2000 + len(TRUNCATED) + 200 and TRUNCATED in text


def test_when_kernel_exits_then_kernel_died_is_raised(kernel):
    with pytest.raises(KernelDied, match="died"):
        kernel.execute("import os\nos._exit(0)", index=0, deadline=_far())


def test_grader_data_is_kept_apart_from_student_output(kernel):
    code = ("from IPython.display import publish_display_data\n"
            "print('hello')\npublish_display_data({'text/x-test': 'payload'})")
    run, data = kernel.execute(code, index=0, deadline=_far(), data_mimes=("text/x-test",))
    assert data == ["payload"]
    assert all("text/x-test" not in o.get("data", {}) for o in run.outputs)


def test_when_notebook_deadline_passed_then_cell_is_stopped(kernel):
    run, _ = kernel.execute("import time\ntime.sleep(30)", index=0, deadline=time.monotonic() + 1)
    assert run.error == "TimeoutError: the notebook ran out of time"


def test_the_graders_setup_code_gets_the_startup_timeout_not_the_cell_timeout(kernel):
    """Is the grader's own code before the student's (index -1: attestation, harness) given
    the startup timeout, so that a busy machine does not fail it, while a cell is not?"""
    setup, _ = kernel.execute("import time\ntime.sleep(3)", index=-1, deadline=_far())
    cell, _ = kernel.execute("import time\ntime.sleep(3)", index=0, deadline=_far())
    assert setup.error is None
    assert cell.error == "TimeoutError: the cell ran longer than 2 s"


class _ScriptedProcess:
    """A kernel process whose CPU seconds are read from a script, one value per look."""

    def __init__(self, cpu):
        self.cpu = iter(cpu)

    def cpu_seconds(self):
        return next(self.cpu)


def test_one_starved_poll_is_not_waiting_but_consecutive_quiet_polls_are(monkeypatch):
    # Looks every 0.2 s: CPU 0.2 s per look is computing, 0.01 s is quiet. Quiet looks between
    # busy ones (the machine descheduled the kernel) must not lend its core away; QUIET_POLLS
    # in a row do.
    from autograder.execution.kernel import QUIET_POLLS

    cpu = [0.0, 0.2, 0.21, 0.41] + [0.41 + 0.01 * (i + 1) for i in range(QUIET_POLLS)]
    cpu.append(cpu[-1] + 0.2)
    clock = iter([0.2 * i for i in range(len(cpu))])
    monkeypatch.setattr("autograder.execution.kernel.time.monotonic", lambda: next(clock))
    reports = []
    kernel = Kernel.__new__(Kernel)
    kernel.on_wait, kernel._waiting, kernel._mark, kernel._quiet_polls = reports.append, False, None, 0
    kernel.process = _ScriptedProcess(cpu)
    for _ in range(4):  # mark, busy, quiet, busy
        kernel._quiet()
    assert reports == []
    for _ in range(QUIET_POLLS - 1):  # quiet, but not long enough yet
        kernel._quiet()
    assert reports == []
    kernel._quiet()  # the last quiet look in a row: waiting
    assert reports == [True]
    kernel._quiet()  # busy again
    assert reports == [True, False]
