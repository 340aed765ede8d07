"""Slip (mlp), NumPy habit: the student writes the ReLU as NumPy's np.maximum(a, 0). a.numpy() raised "Can't call
numpy() on Tensor that requires grad", so they added .detach() as the error message suggests, and bring the result
back with torch.from_numpy. The MLP has the asked architecture (two nn.Linear layers, dH + H + HK + K parameters),
right shape, nonlinear logits, and the self-check passes; but the hidden activations are now constants for
autograd: no gradient ever reaches the first layer, which stays at its random initialisation while only the output
layer learns. Every parameter must be trained: loses gradient (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_units)
        self.fc2 = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        a = self.fc1(x)
        h = torch.from_numpy(np.maximum(a.detach().numpy(), 0.0))   # relu, as in NumPy
        return self.fc2(h)


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
}
