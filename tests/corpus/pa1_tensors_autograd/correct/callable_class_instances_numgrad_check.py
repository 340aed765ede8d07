"""Correct, organised as small classes with __call__. numerical_gradient is an instance of CentralDifference:
its configuration (the working dtype) is set once in __init__ and only read; every call builds its own flat
float64 copy of x, nudges one entry of a fresh clone up and one down, and fills a new result tensor (no state
kept between calls). gradient_check is an instance of RelativeError, whose __call__ takes autograd's gradient on
a fresh leaf, looks up numerical_gradient by name at call time, and measures the 2-norms of the flattened
gradients through a staticmethod; 0.0 when both vanish. value_and_grad is a plain function with a nested
helper that makes the fresh leaf. Any number of calls, any shapes: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
class CentralDifference:
    """Central differences, entry by entry, on copies of x."""

    def __init__(self, work_dtype=torch.float64):
        self.work_dtype = work_dtype

    def __call__(self, f, x, eps=1e-6):
        base = x.detach().to(self.work_dtype).reshape(-1).clone()
        grad = torch.empty(base.numel(), dtype=self.work_dtype)
        for i in range(base.numel()):
            up, down = base.clone(), base.clone()
            up[i] += eps
            down[i] -= eps
            grad[i] = (float(f(up.reshape(x.shape).to(x.dtype))) - float(f(down.reshape(x.shape).to(x.dtype)))) / (2 * eps)
        return grad.reshape(x.shape).to(x.dtype)

    def __repr__(self):
        return f"{type(self).__name__}(work_dtype={self.work_dtype})"


numerical_gradient = CentralDifference()
''',
    "gradient_check_answer": r'''
class RelativeError:
    """Compare autograd's gradient with central differences."""

    @staticmethod
    def norm(g):
        return torch.linalg.vector_norm(g.reshape(-1), ord=2)

    def __call__(self, f, x, eps=1e-6):
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        g_auto = leaf.grad
        g_num = numerical_gradient(f, x.detach(), eps)
        denominator = self.norm(g_auto) + self.norm(g_num)
        if denominator == 0:
            return 0.0
        return float(self.norm(g_auto - g_num) / denominator)


gradient_check = RelativeError()
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    def fresh_leaf(t):
        return t.detach().clone().requires_grad_(True)

    leaf = fresh_leaf(x)
    out = f(leaf)
    (grad,) = torch.autograd.grad(out, leaf)
    return out.item(), grad
''',
}
