"""The linear-classifier cell names the number of input features `F` and the classes `K` at cell level
(`F, K = X_train.shape[1], 3`), rebinding the setup's `F` (torch.nn.functional) to the int 2. No answer function uses
F (the MLP uses nn.ReLU, cross_entropy torch.logsumexp); only the notebook's self-checks do (F.cross_entropy). Full
marks everywhere: the grader must use its own torch.nn.functional."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
F, K = X_train.shape[1], 3  # features, classes

def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes)

print(make_linear_classifier(F, K))
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    return (torch.logsumexp(logits, dim=1) - logits[torch.arange(len(targets)), targets]).mean()
''',
}
