"""Slip in Part 1, a helper Part 2 calls: the student's softmax regression keeps its weight as an nn.Parameter but
registers the bias with self.register_buffer("bias", torch.zeros(K)) ("so that it is saved with the model"): a
buffer is not a parameter, so model.parameters() lists d*K numbers instead of d*K + K and the optimizer never moves
the bias. make_linear_classifier: shape right, gradients reach every (registered) parameter, parameter count wrong:
loses structure (4) -> 6. make_mlp is written right for a right Part 1: nn.Sequential(make_linear_classifier(d, H),
nn.ReLU(), make_linear_classifier(H, K)) (a linear layer, the nonlinearity, a linear layer, as the notebook
describes); its own logic has no fault, so by the kit's promise (each function graded on its own, a mistake in one
part costs no points in another) mlp keeps 10, and its message, if any, should name Part 1's buffer."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    """z = W x + b."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.weight = nn.Parameter(0.1 * torch.randn(num_classes, in_features))
        self.register_buffer("bias", torch.zeros(num_classes))  # saved with the model

    def forward(self, x):
        return x @ self.weight.T + self.bias


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear (Part 1's linear layer, twice)."""
    return nn.Sequential(
        make_linear_classifier(in_features, hidden_units),
        nn.ReLU(),
        make_linear_classifier(hidden_units, num_classes),
    )
''',
}
