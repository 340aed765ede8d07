"""A helper used across cells, then broken: the linear cell defines predict(model, x) = model(x).argmax(dim=1); the
MLP cell later defines predict(model, x) again, returning the softmax PROBABILITIES (to look at them). evaluate (its
own cell, otherwise right: eval mode, no_grad, exact mean loss) counts `predict(model, inputs) == targets`, which now
compares an (n, K) probability table with the (n,) labels. First expected a wrong count (accuracy lost, 14); revised:
the comparison does not broadcast (n != K), so evaluate raises RuntimeError on every call after computing the loss,
returns nothing, and (eval mode and no_grad count only with substance) evaluate 0, as in the notebook, where the
training cell fails the same way. linear and mlp (their models are right) full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes)


def predict(model, x):
    """The predicted class of each row."""
    return model(x).argmax(dim=1)
''',
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(), nn.Linear(hidden_units, num_classes))


def predict(model, x):
    """Class probabilities, to look at."""
    return torch.softmax(model(x), dim=1)
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            total += loss_fn(model(inputs), targets).item() * len(targets)
            correct += (predict(model, inputs) == targets).sum().item()
            count += len(targets)
    return total / count, correct / count
''',
}
