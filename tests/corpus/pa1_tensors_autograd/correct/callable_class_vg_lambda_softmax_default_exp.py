"""Objects and lambdas bound to the asked names: value_and_grad is an INSTANCE of a small class with __call__ (it counts its calls and, with verbose=True, prints the value; the counter does not enter the result), taking the gradient with torch.autograd.grad on a fresh leaf; softmax is a lambda with a default argument capturing torch.exp, `softmax = lambda z, _exp=torch.exp: (lambda e: e / e.sum(1, keepdim=True))(_exp(z - z.amax(1, keepdim=True)))`. Both fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
softmax = lambda z, _exp=torch.exp: (lambda e: e / e.sum(1, keepdim=True))(_exp(z - z.amax(1, keepdim=True)))
softmax.__doc__ = "Row-wise softmax, stable for large logits."
''',
    "value_and_grad_answer": r'''
class ValueAndGrad:
    """Callable: value_and_grad(f, x) -> (float, tensor); counts its calls."""

    def __init__(self, verbose: bool = False):
        self.verbose = verbose
        self.calls = 0

    def __call__(self, f, x):
        self.calls += 1
        leaf = x.detach().clone().requires_grad_(True)
        out = f(leaf)
        (grad,) = torch.autograd.grad(out, leaf)
        if self.verbose:
            print(f"call {self.calls}: f(x) = {out.item():.6f}")
        return out.item(), grad


value_and_grad = ValueAndGrad(verbose=True)
''',
}
