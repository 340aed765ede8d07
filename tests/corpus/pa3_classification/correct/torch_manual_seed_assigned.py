"""Beginner slip outside any function: the linear-classifier cell starts with `torch.manual_seed = 42` ("fix the
seed"), which rebinds torch's function to an int for the whole kernel: every self-check (each starts with
torch.manual_seed(N)) and the training cell fail with "'int' object is not callable". Every answer function is right and
uses no seed; the notebook grades each function with the grader's own models and data. Full marks everywhere (the
grader must not depend on torch.manual_seed as the student left it)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
torch.manual_seed = 42  # fix the seed

def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes)
''',
}
