"""Correct (linear_classifier), torch.tensor on a tensor: the student's module wraps one nn.Linear(d, K) and its forward starts with x = torch.tensor(x, dtype=self.layer.weight.dtype) ("so that lists and numpy arrays work too"). On a tensor this makes a detached COPY and prints PyTorch's UserWarning ("To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach()"); torch.as_tensor would have been the idiom. The copy has the same values, so the logits are exactly W x + b for every row; the gradient reaches the weight and the bias (only a gradient with respect to the INPUT is cut, which the notebook never asks for: the optimizer trains parameters). Shape (n, K), one affine layer, dK + K parameters, logits, each row its own, every parameter reached: full marks everywhere (the warning is noise, not an error)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    """z = W x + b for every row of the batch."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.layer = nn.Linear(in_features, num_classes)

    def forward(self, x):
        x = torch.tensor(x, dtype=self.layer.weight.dtype)   # accept lists, numpy arrays or tensors
        return self.layer(x)


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
}
