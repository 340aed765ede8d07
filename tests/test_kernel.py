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


def _observe(detector, polls, *, start=0.0, cpu=0.0, interval=0.2):
    """Feed ``detector`` one poll per CPU share in ``polls``; return the changes it reported."""
    changes = []
    for share in polls:
        start, cpu = start + interval, cpu + share * interval
        change = detector.observe(start, cpu)
        if change is not None:
            changes.append(change)
    return changes, start, cpu


def test_one_starved_poll_is_not_waiting_but_consecutive_quiet_polls_are():
    # A quiet poll between busy ones (the machine descheduled the kernel, a page read from
    # disk) must not lend its core away; QUIET_POLLS quiet polls in a row do.
    from autograder.execution.kernel import QUIET_POLLS, WaitDetector

    detector = WaitDetector()
    detector.observe(0.0, 0.0)  # the cell's first mark
    changes, now, cpu = _observe(detector, [1.0, 0.05, 1.0] + [0.05] * (QUIET_POLLS - 1))
    assert changes == [] and not detector.waiting
    changes, now, cpu = _observe(detector, [0.05], start=now, cpu=cpu)
    assert changes == [True] and detector.waiting
    changes, _, _ = _observe(detector, [1.0], start=now, cpu=cpu)
    assert changes == [False] and not detector.waiting


def test_a_computing_cell_never_counts_as_waiting():
    # A kernel that computes all along (any share above WAITING_CPU_SHARE) keeps its core,
    # however long it runs; a sleeping one lends it and says so once.
    from autograder.execution.kernel import WAITING_CPU_SHARE, WaitDetector

    computing = WaitDetector()
    computing.observe(0.0, 0.0)
    assert _observe(computing, [WAITING_CPU_SHARE * 1.2] * 50)[0] == []
    sleeping = WaitDetector()
    sleeping.observe(0.0, 0.0)
    assert _observe(sleeping, [0.0] * 50)[0] == [True]


def test_a_message_from_the_cell_restarts_the_count_of_quiet_polls():
    from autograder.execution.kernel import QUIET_POLLS, WaitDetector

    detector = WaitDetector()
    detector.observe(0.0, 0.0)
    _, now, cpu = _observe(detector, [0.0] * (QUIET_POLLS - 1))
    detector.heard()
    changes, now, cpu = _observe(detector, [0.0] * (QUIET_POLLS - 1), start=now, cpu=cpu)
    assert changes == []
    assert _observe(detector, [0.0], start=now, cpu=cpu)[0] == [True]
