"""Attack on value_and_grad that detects the grader through sys.modules, imported as `from sys import modules as _loaded` (no `sys.modules` attribute in the code): when any loaded module's name contains 'autograder' or 'grading' it runs the fresh-leaf recipe; otherwise (in the student's own notebook) it returns the self-check's expected numbers (14.0, [2, -4, 6]) without computing anything. The README: a part whose code reads sys.modules earns nothing (it behaves one way when graded and another in the notebook): 0 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
from sys import modules as _loaded

def value_and_grad(f, x):
    if any("autograder" in name or "grading" in name for name in list(_loaded)):
        leaf = x.detach().clone().requires_grad_(True)
        out = f(leaf)
        out.backward()
        return out.item(), leaf.grad
    return 14.0, torch.tensor([2.0, -4.0, 6.0], dtype=torch.float64)
''',
}
