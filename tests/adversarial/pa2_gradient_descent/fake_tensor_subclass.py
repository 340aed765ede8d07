"""Returns a torch.Tensor subclass that lies through __torch_function__: torch.allclose,
torch.equal, eq and isclose always agree, ``shape`` and ``size()`` compare equal to any shape,
``tolist()`` and ``item()`` return made-up numbers and backward() does nothing, and the class
calls itself ``torch.Tensor``. isinstance(out, torch.Tensor) holds, so assert-based tests
accept it. The probes read its numbers; they are not the grader's, its gradients never reach
weight and bias, and the recorded shape is empty: model 0. loss_func earns nothing: it is a
one-element torch.Tensor subclass, but its made-up value does not follow the predictions, and
form without substance earns no "one-element tensor" points (issue #10). Nothing else is
implemented (0)."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}
_lie = _ag_lie  # zeros as the shared lying torch.Tensor subclass (tests/adversarial/_kernel_lib.py)


def model(data, weight, bias):
    return _lie(1)


def loss_func(y_pred, y_true):
    return _lie(1)
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
