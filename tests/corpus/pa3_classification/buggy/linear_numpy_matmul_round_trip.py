"""Slip (linear_classifier), NumPy-first: the student's module holds an nn.Linear(d, K) but computes the product in
NumPy, x.detach().numpy() @ W.detach().numpy().T, brings it back with torch.from_numpy, and adds the bias as a tensor.
Shape (n, K), dK + K parameters, affine, logits: shape (3) and structure (4) hold and the self-check passes; but the
weight is cut off from autograd (only the bias gets a gradient), so the weight never trains. Every parameter must
be trainable and reached: gradient (3) lost -> 7 (as buggy/mlp_numpy_relu_round_trip)."""

EXPECTED = {'linear_classifier': 7, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class NumpySoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.layer = nn.Linear(in_features, num_classes)

    def forward(self, x):
        W = self.layer.weight.detach().numpy()
        scores = x.detach().numpy() @ W.T          # (n, d) @ (d, K)
        return torch.from_numpy(scores).to(x.dtype) + self.layer.bias


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return NumpySoftmaxRegression(in_features, num_classes)
''',
}
