"""An MLP class that keeps two nn.Linear attributes and applies torch.relu, softmax regression subclassing nn.Linear directly, cross-entropy with torch.logsumexp over dim=-1 and take_along_dim: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
class Softmax(nn.Linear):
    pass


def make_linear_classifier(in_features, num_classes):
    return Softmax(in_features, num_classes)
''',
    'mlp_answer': '''
class Net(nn.Module):
    def __init__(self, inputs, hidden, classes):
        super().__init__()
        self.fc1 = nn.Linear(inputs, hidden)
        self.fc2 = nn.Linear(hidden, classes)

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        return self.fc2(h)


def make_mlp(in_features, hidden_units, num_classes):
    return Net(in_features, hidden_units, num_classes)
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    lse = torch.logsumexp(logits, dim=-1)
    z_y = torch.take_along_dim(logits, targets[:, None], dim=-1)[:, 0]
    return (lse - z_y).mean()
''',
}
