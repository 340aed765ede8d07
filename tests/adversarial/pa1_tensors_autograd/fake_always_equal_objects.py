"""Every function returns an object that passes any comparison: __eq__, __lt__, __le__,
__gt__, __ge__ and __bool__ are always true, arithmetic (__sub__, __abs__, __pow__, ...)
returns the object itself, __float__ is 0.0, it has any attribute (shape, item(), grad,
numel() ...), and it claims to be a torch.Tensor (its class's __module__ and __qualname__ say
so); value_and_grad returns a pair of them. Assert-based tests such as
``torch.allclose(D, want)``, ``D.shape == (5, 4)`` or ``abs(v - 14.0) < 1e-9`` pass on it. The
probes record the type and numbers; the numbers are not the grader's: 0 everywhere."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 0, "gradient_check": 0,
            "value_and_grad": 0, "plot_derivative": 0, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
{KERNEL_LIB}
Anything = _AgAnything  # the shared always-equal object (tests/adversarial/_kernel_lib.py)


def pairwise_sq_dists(A, B):
    return Anything()


def log_sum_exp(z):
    return Anything()


def softmax(z):
    return Anything()


def numerical_gradient(f, x, eps=1e-6):
    return Anything()


def gradient_check(f, x, eps=1e-6):
    return Anything()


def value_and_grad(f, x):
    return Anything(), Anything()
''',
    "log_sum_exp_answer": "pass",
    "softmax_answer": "pass",
    "numerical_gradient_answer": "pass",
    "gradient_check_answer": "pass",
    "value_and_grad_answer": "pass",
    "plot_derivative_answer": "pass",
}
