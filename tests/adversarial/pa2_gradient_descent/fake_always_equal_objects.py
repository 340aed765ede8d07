"""Every function returns an object that passes any comparison: __eq__, __lt__, __le__,
__gt__, __ge__ and __bool__ are always true, arithmetic (__sub__, __abs__, __pow__, ...)
returns the object itself, __float__ is 0.0, it has any attribute (shape, item(), backward(),
numel() ...), and it claims to be a torch.Tensor (its class's __module__ and __qualname__ say
so). Assert-based tests such as ``assert abs(out - want) < 1e-6`` or ``out.shape == want.shape``
pass on it. The probes record the type and numbers; the numbers are not the grader's:
0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}
Anything = _AgAnything  # the shared always-equal object (tests/adversarial/_kernel_lib.py)


def model(data, weight, bias):
    return Anything()


def loss_func(y_pred, y_true):
    return Anything()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    return Anything()


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    return Anything()
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
