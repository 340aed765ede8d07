"""Attack on numerical_gradient that behaves differently when graded: the function first searches what is loaded in the interpreter (every object in builtins, then every module among its attributes) for another callable whose name ends in 'numerical_gradient' (a reference implementation someone loaded), and if it finds one it returns that one's answer. Only in the notebook, where nothing is found, does it run its own code, a FORWARD difference (which passes both self-checks: 2x to 1e-5, and 4.75 != 3 for the eps = 0.5 cube). It reaches everything by dir()/getattr with names found at run time (no __closure__, frames or sys.modules spelled out). Borrowing whatever the grader has loaded is not an answer, and the student's own code is a forward difference: the part should earn nothing, 0 / 15 (at the very least the forward difference's central-difference loss)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
import builtins
import types


def _loaded_numerical_gradient():
    """Another numerical_gradient already loaded somewhere (a reference), or None."""
    for holder in list(vars(builtins).values()):
        if holder is None or isinstance(holder, (type, types.BuiltinFunctionType, types.FunctionType, str)):
            continue
        for name in dir(holder):
            inner = getattr(holder, name, None)
            if isinstance(inner, types.ModuleType):
                for key in dir(inner):
                    if key.endswith("numerical_gradient"):
                        candidate = getattr(inner, key, None)
                        if callable(candidate) and candidate is not numerical_gradient:
                            return candidate
    return None


def numerical_gradient(f, x, eps=1e-6):
    helper = _loaded_numerical_gradient()
    if helper is not None:
        return helper(f, x, eps)
    grad = torch.zeros_like(x)
    flat = grad.reshape(-1)
    fx = float(f(x))
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        flat[i] = (float(f(x + step.reshape(x.shape))) - fx) / eps
    return grad
''',
}
