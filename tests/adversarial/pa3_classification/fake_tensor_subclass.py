"""Returns torch.Tensor subclasses that lie through __torch_function__: torch.allclose,
torch.equal, eq and isclose always agree, ``shape`` and ``size()`` compare equal to any shape,
``tolist()`` and ``item()`` return made-up numbers, and the class calls itself
``torch.Tensor``. The model builders return modules with the right parameters (an
nn.Linear, or two) whose forward ignores them and returns such a tensor of the right shape
(zeros underneath); cross_entropy returns a lying one-element tensor. Every assert-based
check of shapes, values and parameter counts passes. The probes read constants that follow
no input and no parameter, and gradients that reach nothing: shape, structure and gradient
count only when the logits follow the inputs, and the loss has no value to judge: 0
everywhere (nothing else is implemented)."""

EXPECTED = {"linear_classifier": 0, "mlp": 0, "cross_entropy": 0, "train_epoch": 0, "evaluate": 0,
            "plot_curves": 0, "discussion": None}

ANSWERS = {
    "linear_classifier_answer": '''
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


class Pretender(nn.Module):
    def __init__(self, *sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))
        self.classes = sizes[-1]

    def forward(self, x):
        return torch.zeros(len(x), self.classes).as_subclass(LyingTensor)


def make_linear_classifier(in_features, num_classes):
    return Pretender(in_features, num_classes)


def make_mlp(in_features, hidden_units, num_classes):
    return Pretender(in_features, hidden_units, num_classes)


def cross_entropy(logits, targets):
    return torch.zeros(()).as_subclass(LyingTensor)
''',
    "mlp_answer": "pass",
    "cross_entropy_answer": "pass",
    "train_epoch_answer": "pass",
    "evaluate_answer": "pass",
    "plot_curves_answer": "pass",
}
