"""Softmax regression as its own module whose forward runs the linear layer inside `with torch.no_grad():` ("we only need the scores"): right shape, one affine layer with the right parameter count, but the logits are cut off from autograd, so no gradient reaches the parameters and nothing can train it: loses gradient (3) -> 7."""

EXPECTED = {'linear_classifier': 7, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class LinearClassifier(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.fc = nn.Linear(in_features, num_classes)

    def forward(self, x):
        with torch.no_grad():  # we only need the scores
            return self.fc(x)


def make_linear_classifier(in_features, num_classes):
    return LinearClassifier(in_features, num_classes)
''',
}
