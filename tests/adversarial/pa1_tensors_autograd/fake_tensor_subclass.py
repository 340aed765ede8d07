"""Returns torch.Tensor subclasses that lie through __torch_function__: torch.allclose,
torch.equal, eq and isclose always agree, ``shape`` and ``size()`` compare equal to any shape,
``tolist()`` and ``item()`` return made-up numbers, and the class calls itself
``torch.Tensor``. isinstance(out, torch.Tensor) holds and every assert-based self-check of
shapes and values passes. Each function returns such a tensor of the right shape (zeros
underneath; value_and_grad a made-up float and a lying gradient, gradient_check a lying
one-element tensor). The probes read the numbers they really hold: constants that follow no
input, so no value criterion is met and no form criterion is earned (shape, x unchanged, no
side effects are earned only with substance): 0 everywhere; the plot cell draws nothing."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 0, "gradient_check": 0,
            "value_and_grad": 0, "plot_derivative": 0, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
{KERNEL_LIB}
_lie = _ag_lie  # zeros as the shared lying torch.Tensor subclass (tests/adversarial/_kernel_lib.py)


def pairwise_sq_dists(A, B):
    return _lie(A.shape[0], B.shape[0])


def log_sum_exp(z):
    return _lie(z.shape[0])


def softmax(z):
    return _lie(*z.shape)


def numerical_gradient(f, x, eps=1e-6):
    return _lie(*x.shape)


def gradient_check(f, x, eps=1e-6):
    return _lie(1)


def value_and_grad(f, x):
    return 42.0, _lie(*x.shape)
''',
    "log_sum_exp_answer": "pass",
    "softmax_answer": "pass",
    "numerical_gradient_answer": "pass",
    "gradient_check_answer": "pass",
    "value_and_grad_answer": "pass",
    "plot_derivative_answer": "pass",
}
