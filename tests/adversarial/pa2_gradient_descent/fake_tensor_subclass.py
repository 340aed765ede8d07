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
import torch


class AnyShape(tuple):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = tuple.__hash__


class LyingTensor(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        name = getattr(func, "__name__", "")
        if name in ("allclose", "equal", "eq", "__eq__", "isclose"):
            return True
        if name == "size":
            return AnyShape()
        if name == "tolist":
            return [42.0]
        if name == "item":
            return 42.0
        if name == "backward":
            return None
        with torch._C.DisableTorchFunctionSubclass():
            return func(*args, **(kwargs or {}))

    @property
    def shape(self):
        return AnyShape()


LyingTensor.__module__, LyingTensor.__qualname__ = "torch", "Tensor"


def model(data, weight, bias):
    return torch.zeros(1).as_subclass(LyingTensor)


def loss_func(y_pred, y_true):
    return torch.zeros(1).as_subclass(LyingTensor)
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
