"""Correct, Lightning-flavoured small classes used right. gradient_check builds a GradChecker object with a list
of callbacks; its run() computes autograd's gradient on a fresh leaf (backward, read .grad), the student's own
numerical_gradient, and the relative error of the flattened gradients (0.0 when both vanish), then calls each
callback's on_check_end(record) with a dict; the default callback appends the dict to a module-level HISTORY list
(logging as a list of dicts, turned into NumPy arrays on demand by history_arrays()). The return value is the
Python float. value_and_grad wraps a detached copy of x in a tiny nn.Module Probe holding an nn.Parameter, calls
probe.zero_grad(set_to_none=True) before the forward pass (the training-loop idiom, in the right place),
backpropagates and returns (loss.item(), probe.p.grad.detach().clone()): x, its requires_grad and its .grad are
untouched, and every call starts from a fresh Probe. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
HISTORY = []


class HistoryLogger:
    def on_check_end(self, record):
        HISTORY.append(record)


def history_arrays():
    """The logged checks as NumPy arrays, one per key."""
    return {key: np.array([r[key] for r in HISTORY]) for key in ("numel", "eps", "rel_error")}


class GradChecker:
    def __init__(self, f, eps=1e-6, callbacks=None):
        self.f, self.eps = f, eps
        self.callbacks = [HistoryLogger()] if callbacks is None else list(callbacks)

    def autograd_side(self, x):
        leaf = x.detach().clone().requires_grad_(True)
        self.f(leaf).backward()
        return leaf.grad

    def numerical_side(self, x):
        return numerical_gradient(self.f, x.detach(), self.eps)

    def run(self, x):
        g_auto = self.autograd_side(x).reshape(-1)
        g_num = self.numerical_side(x).reshape(-1)
        denom = g_auto.norm() + g_num.norm()
        rel = 0.0 if float(denom) == 0.0 else float((g_auto - g_num).norm() / denom)
        for cb in self.callbacks:
            cb.on_check_end({"numel": x.numel(), "eps": self.eps, "rel_error": rel})
        return rel


def gradient_check(f, x, eps=1e-6):
    return GradChecker(f, eps).run(x)
''',
    "value_and_grad_answer": r'''
class Probe(torch.nn.Module):
    """Holds a copy of the point as a parameter, like a model holds its weights."""
    def __init__(self, x):
        super().__init__()
        self.p = torch.nn.Parameter(x.detach().clone())

    def forward(self, f):
        return f(self.p)


def value_and_grad(f, x):
    probe = Probe(x)
    probe.zero_grad(set_to_none=True)
    loss = probe(f)
    loss.backward()
    return loss.item(), probe.p.grad.detach().clone()
''',
}
