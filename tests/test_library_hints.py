"""autograder.library.hints: the usual cause of a common error, said after it."""

import pytest
import torch

from autograder.library.cases import raised
from autograder.library.hints import error_hint


def _error_of(code: str) -> str:
    """``Name: message`` of what ``code`` raises, as the probes report it."""
    try:
        exec(code, {"torch": torch})
    except Exception as error:  # noqa: BLE001 - the point is to catch what torch raises
        return f"{type(error).__name__}: {error}"
    raise AssertionError(f"{code!r} raised nothing")


@pytest.mark.parametrize("code,says", [
    ("w = 0.1 * torch.randn(1, requires_grad=True)\n(w * 2).sum().backward()\nw.grad.zero_()", "requires_grad_()"),
    ("w = 0.1 * torch.randn(1, requires_grad=True)\n(w * 2).sum().backward()\nw - 0.1 * w.grad", "requires_grad_()"),
    ("w = torch.zeros(1)\n(w * 2).sum().backward()", "not connected to anything that requires grad"),
    ("x = torch.ones(2)\nleaf = x.clone().requires_grad_()\n(x * 2).sum().backward()", "not the original x"),
    ("w = torch.zeros(1, requires_grad=True)\nw -= 0.1", "inside `with torch.no_grad():`"),
    ("w = torch.zeros(1, requires_grad=True)\nloss = (w.exp() * 2).sum()\nloss.backward()\nloss.backward()",
     "backward() ran twice on one graph"),
    ("w = torch.zeros(2, requires_grad=True)\n(w * 2).backward()", "reduce it to one number first"),
    ("torch.zeros(1, requires_grad=True).numpy()", ".detach().numpy()"),
    ("torch.zeros(2, 2, dtype=torch.float64) @ torch.zeros(2, 2)", "float64 and float32 tensors were mixed"),
    ("w = torch.zeros(3, requires_grad=True)\ny_pred = w[:2]\ny_pred -= torch.ones(2)", "y_pred -= y_true"),
    ("torch.nn.MSELoss(torch.zeros(3), torch.ones(3))", "nn.MSELoss()(y_pred, y_true)"),
], ids=["grad-none-zero_", "grad-none-times", "no-grad-fn", "f-of-x-not-leaf", "in-place-leaf", "backward-twice", "non-scalar",
        "numpy-of-grad", "mixed-dtypes", "in-place-argument", "loss-module-given-tensors"])
def test_torchs_own_errors_get_their_usual_cause(code, says):
    error = _error_of(code)
    assert says in error_hint(error), error


def test_other_errors_get_no_hint_and_raised_adds_the_hint():
    assert error_hint("ValueError: too many values to unpack") == ""
    assert error_hint("AttributeError: 'NoneType' object has no attribute 'shape'") == ""
    message = raised("fit_GD(model, ...)", "TypeError: unsupported operand type(s) for *: 'float' and 'NoneType'")
    assert message.startswith("fit_GD(model, ...) raised TypeError") and "most often a .grad" in message
