"""Softmax regression written as nn.Sequential(nn.Linear(d, K), nn.ReLU()) (a ReLU "to make the scores positive"): right shape and parameter count, gradients reach both parameters, but the output is no longer affine and no logit can be negative: loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    return nn.Sequential(nn.Linear(in_features, num_classes), nn.ReLU())
''',
}
