"""Slip (mlp), assumes a batch of more than one example: the student's MLP class (Linear, ReLU, Linear) ends its forward with .squeeze() (a habit from PA2's regression, where the output was (n, 1)). For n >= 2 and K >= 2 nothing changes; for a batch of ONE example the output is (K,) instead of (1, K) (a DataLoader's last batch can hold one example, e.g. 76 points in batches of 25; F.cross_entropy then fails). The spec says (n, d) -> (n, K) for any n: loses shape (3) -> 7. Structure and gradient right. (If the grader never feeds a batch of one it cannot see this: then it is too lenient.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x))).squeeze()


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
