"""Slip (linear_classifier), MATLAB/column-major habit: the student writes softmax regression as Z = W X + b with
the examples as COLUMNS (X is d x n, b a K x 1 column), and turns the batch (n, d) into X with
x.reshape(x.shape[1], x.shape[0]) instead of x.T. reshape does not transpose: it re-reads the n*d numbers row by row
into d rows, so each column of X mixes the features of different examples, and Z.T has the right shape (n, K) but
example i's logits come from other rows of the batch (for a single example, n = 1, reshape and transpose agree, so
it looks right when tried on one point). W (K x d) and b (K) are nn.Parameters: dK + K parameters, the map is
still affine in the batch, every parameter gets a gradient; the notebook's self-check passes. But the model is not
softmax regression of each example: loses structure (each example's logits from its own row) (4) -> 6. Shape and
gradient stand."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    """Z = W X + b with the examples as columns of X (as in MATLAB)."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.W = nn.Parameter(torch.randn(num_classes, in_features) / in_features ** 0.5)
        self.b = nn.Parameter(torch.zeros(num_classes, 1))

    def forward(self, x):
        X = x.reshape(x.shape[1], x.shape[0])   # d x n: one column per example
        Z = self.W @ X + self.b                  # K x n
        return Z.T                               # n x K


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
}
