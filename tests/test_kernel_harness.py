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
