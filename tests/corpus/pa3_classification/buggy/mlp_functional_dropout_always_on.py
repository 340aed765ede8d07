"""Slip (mlp): the student adds dropout as the discussion suggests, but with the functional F.dropout(h, p=0.2) in forward, without training=self.training: F.dropout's default is training=True, so units are dropped in evaluation mode too (model.eval() cannot switch it off) and the model's predictions are random. Right parameter count, ReLU on every hidden unit, right shape, every parameter trained; the architecture evaluated is not a deterministic function of the input. Graded 0: logits that differ between two calls on the same input and parameters in eval mode cannot be told from random logits (a junk answer of the right shape earns nothing), so shape, structure and gradient all go; the message names F.dropout without training=self.training. (nn.Dropout, which eval() switches off, earns full marks.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        h = F.relu(self.hidden(x))
        h = F.dropout(h, p=0.2)  # regularisation against overfitting
        return self.out(h)


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
