"""make_mlp grows an empty nn.Sequential with .append (Linear, Mish, Linear); cross_entropy picks each row's true-class logit as the diagonal of the n x n block logits[:, targets] and subtracts it from Tensor.logsumexp: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    model = nn.Sequential()
    model.append(nn.Linear(in_features, hidden_units))
    model.append(nn.Mish())
    model.append(nn.Linear(hidden_units, num_classes))
    return model
''',
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    # logits[:, targets][i, j] = logits[i, targets[j]], so the diagonal is logits[i, targets[i]]
    true_class = logits[:, targets].diagonal()
    return (logits.logsumexp(dim=1) - true_class).mean()
''',
}
