"""The linear-classifier cell tries the model at cell level on a random batch and names it X_train
(`X_train = torch.randn(5, 2)`), overwriting the setup cell's 75 training inputs (train_loader, built from the old
tensor, is unchanged). Only the notebook's own self-checks read X_train (train_epoch's uses X_train[:20]); the grader
uses its own data and the function is right. Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes)

X_train = torch.randn(5, 2)
print(make_linear_classifier(2, 3)(X_train).shape)
''',
}
