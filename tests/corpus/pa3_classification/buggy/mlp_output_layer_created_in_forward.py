"""Slip (mlp), a classic beginner mistake: the output layer is created inside forward, out = nn.Linear(H, K)(h), so it is not registered as a submodule: the model's parameters are only the hidden layer's (dH + H, not dH + H + HK + K), a fresh randomly initialised output layer is drawn at every call (the logits change between two calls on the same input), and the optimizer can never train it. Right shape only; the logits are not a function of the input and the model's parameters: by the README's rule (form without substance) mlp 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.hidden_units, self.num_classes = hidden_units, num_classes

    def forward(self, x):
        h = torch.relu(self.hidden(x))
        return nn.Linear(self.hidden_units, self.num_classes)(h)


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
