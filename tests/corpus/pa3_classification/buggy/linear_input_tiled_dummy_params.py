"""Junk (linear_classifier): a module with a weight (K x d) and a bias (K) of the right sizes (so the parameter count is d*K + K), whose forward returns the INPUT columns tiled to K columns, x.repeat(1, r)[:, :K], plus 0 * (weight.sum() + bias.sum()) so that autograd reaches the parameters. The output follows the input, has the right shape, is affine in x and is not probabilities, but the parameters do nothing (their gradient is zero, whatever their values the logits are the same): a model that can never learn. Form without substance -> 0."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class Classifier(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.k = num_classes
        self.weight = nn.Parameter(torch.zeros(num_classes, in_features))
        self.bias = nn.Parameter(torch.zeros(num_classes))

    def forward(self, x):
        reps = -(-self.k // x.shape[1])
        scores = x.repeat(1, reps)[:, :self.k]
        return scores + 0.0 * (self.weight.sum() + self.bias.sum())


def make_linear_classifier(in_features, num_classes):
    return Classifier(in_features, num_classes)
''',
}
