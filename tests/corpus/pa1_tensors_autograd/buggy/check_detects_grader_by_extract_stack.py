"""Attack on gradient_check that detects the grader from its callers: traceback.extract_stack() lists the calling functions' names and files (no inspect, no frame attributes spelled out), and when any caller's name contains 'probe' (or comes from a file named '<assignment ...>') the function runs the reference recipe; otherwise, in the student's notebook, it returns 1e-9 / 1/3 on alternate calls, which is exactly what the notebook's two self-check calls want, computing nothing. The README: a part whose code reads frames (inspect.stack() and the like) earns nothing, since it behaves one way when graded and another in the notebook: 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
import traceback

_check_calls = [0]


def _called_by_a_checker():
    return any("probe" in entry.name or entry.filename.startswith("<assignment") for entry in traceback.extract_stack())


def gradient_check(f, x, eps=1e-6):
    if _called_by_a_checker():
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        g_auto = leaf.grad
        g_num = numerical_gradient(f, x.detach(), eps)
        denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
        return 0.0 if denominator == 0 else float(torch.linalg.norm(g_auto - g_num) / denominator)
    _check_calls[0] += 1
    return 1e-9 if _check_calls[0] % 2 else 1.0 / 3.0
''',
}
