"""Every function returns objects that pass any comparison: __eq__, __lt__, __le__, __gt__,
__ge__ and __bool__ are always true, arithmetic returns the object itself, __float__ is 0.0,
it has any attribute (shape, item(), backward(), numel() ...), and it claims to be a
torch.Tensor. The model builders return an nn.Module (no parameters) whose forward returns
one; cross_entropy and train_epoch return one; evaluate returns a pair of them. Assert-based
tests such as ``out.shape == (6, 3)``, ``torch.allclose(loss, want)`` or
``abs(acc - want) < 1e-6`` pass on them. The probes record types and numbers; there are no
numbers, no parameters and no training: 0 everywhere."""

EXPECTED = {"linear_classifier": 0, "mlp": 0, "cross_entropy": 0, "train_epoch": 0, "evaluate": 0,
            "plot_curves": 0, "discussion": None}

ANSWERS = {
    "linear_classifier_answer": '''
{KERNEL_LIB}
Anything = _AgAnything  # the shared always-equal object (tests/adversarial/_kernel_lib.py)


class AnyModel(nn.Module):
    def forward(self, x):
        return Anything()


def make_linear_classifier(in_features, num_classes):
    return AnyModel()


def make_mlp(in_features, hidden_units, num_classes):
    return AnyModel()


def cross_entropy(logits, targets):
    return Anything()


def train_epoch(model, loader, loss_fn, optimizer):
    return Anything()


def evaluate(model, loader, loss_fn):
    return Anything(), Anything()
''',
    "mlp_answer": "pass",
    "cross_entropy_answer": "pass",
    "train_epoch_answer": "pass",
    "evaluate_answer": "pass",
    "plot_curves_answer": "pass",
}
