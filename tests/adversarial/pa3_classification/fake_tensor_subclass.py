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
{KERNEL_LIB}
_lie = _ag_lie  # zeros as the shared lying torch.Tensor subclass (tests/adversarial/_kernel_lib.py)


class Pretender(nn.Module):
    def __init__(self, *sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))
        self.classes = sizes[-1]

    def forward(self, x):
        return _lie(len(x), self.classes)


def make_linear_classifier(in_features, num_classes):
    return Pretender(in_features, num_classes)


def make_mlp(in_features, hidden_units, num_classes):
    return Pretender(in_features, hidden_units, num_classes)


def cross_entropy(logits, targets):
    return _lie(())
''',
    "mlp_answer": "pass",
    "cross_entropy_answer": "pass",
    "train_epoch_answer": "pass",
    "evaluate_answer": "pass",
    "plot_curves_answer": "pass",
}
