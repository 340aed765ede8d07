"""The MLP applies the ReLU to the input instead of between the layers: fc2(fc1(relu(x))). The parameter count and output shape are right and it is not affine in x (so the notebook's self-check passes), but the two layers still collapse to one linear map of relu(x): no hidden nonlinearity, the model cannot bend its boundaries around the spirals. Fair: shape 3 + gradient 3, structure lost -> expect 4-7 of 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.fc1 = nn.Linear(d, h)
        self.fc2 = nn.Linear(h, k)

    def forward(self, x):
        x = torch.relu(x)
        return self.fc2(self.fc1(x))


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
