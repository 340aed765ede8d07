"""Correct (linear_classifier), MATLAB habit "X * W": the student's module stores its weight as a (d, K) matrix, the
transpose of nn.Linear's (K, d), so that a batch is multiplied as X @ W + b (each example a row, W's columns one per
class), with an nn.Parameter bias of shape (K,). Initialised uniformly in +-1/sqrt(d) like nn.Linear. The map is one
affine layer from d inputs to K logits, dK + K parameters, each row's logits from its own row, both parameters
trained: the orientation of the stored matrix is an implementation choice. Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class ColumnSoftmaxRegression(nn.Module):
    """z = X W + b with W of shape (d, K): one column of weights per class, as in MATLAB."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        bound = 1.0 / in_features ** 0.5
        self.W = nn.Parameter(torch.empty(in_features, num_classes).uniform_(-bound, bound))
        self.b = nn.Parameter(torch.empty(num_classes).uniform_(-bound, bound))

    def forward(self, X):
        return X @ self.W + self.b


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return ColumnSoftmaxRegression(in_features, num_classes)
''',
}
