"""Correct, written with type hints and a frozen dataclass, the way a student used to typed Python / pydantic
writes it. gradient_check builds a GradientReport(auto, numeric) (autograd's gradient from a fresh leaf made
with x.detach().clone().requires_grad_(True), the central differences from the student's numerical_gradient on
a detached copy) whose `relative_error` property computes ||a - n|| / (||a|| + ||n||) with 0.0 for two zero
gradients, and returns it as a Python float. value_and_grad is typed -> Tuple[float, torch.Tensor], uses
torch.autograd.grad on a fresh leaf (no .grad ever written anywhere) and returns float(out). The caller's x is
never touched. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
from dataclasses import dataclass
from typing import Callable

Tensor = torch.Tensor


@dataclass(frozen=True)
class GradientReport:
    auto: Tensor
    numeric: Tensor

    @property
    def relative_error(self) -> float:
        num = torch.linalg.norm((self.auto - self.numeric).reshape(-1))
        den = torch.linalg.norm(self.auto.reshape(-1)) + torch.linalg.norm(self.numeric.reshape(-1))
        return 0.0 if den.item() == 0.0 else (num / den).item()


def gradient_check(f: Callable[[Tensor], Tensor], x: Tensor, eps: float = 1e-6) -> float:
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    report = GradientReport(auto=leaf.grad.detach(), numeric=numerical_gradient(f, x.detach().clone(), eps))
    return float(report.relative_error)
''',
    "value_and_grad_answer": r'''
from typing import Callable, Tuple


def value_and_grad(f: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor) -> Tuple[float, torch.Tensor]:
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf: torch.Tensor = x.detach().clone().requires_grad_(True)
    out: torch.Tensor = f(leaf)
    (grad,) = torch.autograd.grad(out, (leaf,))
    return float(out.detach()), grad
''',
}
