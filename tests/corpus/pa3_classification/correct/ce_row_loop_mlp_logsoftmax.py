"""cross_entropy as a plain Python loop over the examples (torch.logsumexp of each row minus its true-class logit, summed, divided by n); the MLP (ELU hidden layer) ends with nn.LogSoftmax(dim=1), so it returns log-probabilities: those are logits (softmax of them gives back the same probabilities, and the cross-entropy of them is the same loss), never probabilities. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ELU(),
        nn.Linear(hidden_units, num_classes),
        nn.LogSoftmax(dim=1),  # normalised logits: log-probabilities
    )
''',
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    n = logits.shape[0]
    total = logits.new_zeros(())
    for i in range(n):
        row = logits[i]
        total = total + torch.logsumexp(row, dim=0) - row[targets[i]]
    return total / n
''',
}
