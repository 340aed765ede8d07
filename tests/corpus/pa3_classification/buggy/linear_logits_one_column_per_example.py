"""Softmax regression written straight from the formula z = W x + b with x as a column: its own module with W (K x d) and b as nn.Parameters, forward returns W @ x.T + b[:, None], i.e. logits of shape (K, n), one COLUMN per example, instead of (n, K). Honest slip in the orientation only: the parameter count is d*K + K, each logit is affine in the input, they are logits (not probabilities), and gradients reach W and b. By the rules it loses shape (3) only -> 7 (as correct-shape-aside buggy cases like a flattened output do: the structure is that of one linear layer)."""

EXPECTED = {'linear_classifier': 7, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    """z = W x + b with W of shape (K, d)."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.W = nn.Parameter(0.1 * torch.randn(num_classes, in_features))
        self.b = nn.Parameter(torch.zeros(num_classes))

    def forward(self, x):
        return self.W @ x.T + self.b[:, None]     # one column of logits per example


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
}
