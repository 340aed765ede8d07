"""The kernel-side harness (autograder/execution/kernel_harness.py) on its own, without a kernel."""

from types import SimpleNamespace

import pytest
import torch

from autograder.execution import kernel_harness


@pytest.mark.parametrize("error,turned_on", [(KeyboardInterrupt(), True), (ValueError("x"), False), (None, False)],
                         ids=["interrupted", "failed", "finished"])
def test_autograd_comes_back_on_only_after_a_cell_the_grader_interrupted(error, turned_on):
    """An interrupt that lands as ``with torch.no_grad():`` exits leaves autograd off; a cell
    that switched it off itself (and was not interrupted) keeps its setting."""
    torch.set_grad_enabled(False)
    try:
        kernel_harness.Harness._after_cell(SimpleNamespace(error_in_exec=error))
        assert torch.is_grad_enabled() is turned_on
    finally:
        torch.set_grad_enabled(True)


def test_the_grader_calls_run_with_autograd_on_and_leave_the_cells_setting_as_it_was():
    torch.set_grad_enabled(False)
    try:
        with kernel_harness._autograd_on():
            assert torch.is_grad_enabled()
        assert not torch.is_grad_enabled()
    finally:
        torch.set_grad_enabled(True)


def test_a_replayed_cell_starts_with_autograd_as_it_was_when_the_cell_first_ran():
    """An answer cell that ran with autograd on and switched it off at its end is replayed with
    it on, as its own run had it; one that first ran with it off is replayed with it off."""
    harness = kernel_harness.Harness(shell=None, probes=None)
    turns_off, ran_off = SimpleNamespace(raw_cell="y.backward()\ntorch.set_grad_enabled(False)\n"), \
        SimpleNamespace(raw_cell="z = 1\n")
    try:
        harness._before_cell(turns_off)  # its first run: on
        torch.set_grad_enabled(False)  # (what it did at its end)
        harness._before_cell(ran_off)  # its first run: off
        harness.phase = "replay"
        harness._before_cell(turns_off)
        assert torch.is_grad_enabled()
        harness._before_cell(ran_off)
        assert not torch.is_grad_enabled()
        harness._before_cell(SimpleNamespace(raw_cell="never ran before\n"))  # a grader's cell: left as it is
        assert not torch.is_grad_enabled()
    finally:
        torch.set_grad_enabled(True)
