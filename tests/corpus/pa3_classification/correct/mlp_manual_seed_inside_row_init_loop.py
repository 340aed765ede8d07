"""Slip (mlp), re-seeding inside a loop: the student initialises the MLP by hand, row by row, and puts
torch.manual_seed(seed) INSIDE the loop over rows ("reproducible initialisation") instead of once before it. Every
row of a layer is then the same draw: all H hidden units have identical weights (and zero biases), and all K rows of
the output layer are identical, so every class gets the same logit. In exact arithmetic the hidden units then get
identical updates forever (the first gradient reaching them is zero, every later one the same for all units): with
SGD they stay exact clones (checked: rank 1 after 60 epochs on the spirals), and the trained network is a
one-hidden-unit network whatever H is; with Adam only rounding noise, amplified by its normalisation, splits them
into a handful of distinct units. On the notebook's spirals the "128-unit" MLP reaches a validation accuracy of
about 0.43 (SGD) or 0.51-0.61 (Adam) where the same architecture with a proper initialisation reaches 0.86-0.88.
The architecture is right (Linear(d, H), ReLU, Linear(H, K): shape, parameter count, every parameter reached by
gradients); but the model it returns is a hidden layer of H units in name only, as a ReLU on one hidden unit
(buggy/mlp_relu_on_one_hidden_unit) is. Loses structure (4) -> 6. The self-check fails (it said "linear in its input", its
affinity test centring each row; it now says that every class gets the same logit, the units starting alike);
a grader that judges only with its own parameter values cannot see this at all.

Graded as the grader's rubric scores it (mlp 6 -> 10): the parts are judged by what the architecture computes under the grader's own parameters; the spec leaves the initialisation to the student, and the notebook's self-check and training show this one.
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes, seed=0):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)
        with torch.no_grad():
            for layer in (self.hidden, self.out):
                fan_in = layer.in_features
                for row in layer.weight:
                    torch.manual_seed(seed)                       # reproducible initialisation
                    row.copy_(torch.randn(fan_in) * (2 / fan_in) ** 0.5)
                layer.bias.zero_()

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
}
