"""Slip (linear_classifier), inference_mode misapplied: the student writes softmax regression as their own module and
draws the initial weights "without autograd" inside `with torch.inference_mode():`
(w = torch.randn(K, d) * 0.01, b = torch.zeros(K)), then wraps them as nn.Parameter outside the block. Tensors made
in inference mode can never require grad: nn.Parameter(w) raises RuntimeError ("Setting requires_grad=True on
inference tensor outside InferenceMode is not allowed"), so make_linear_classifier never returns a model (the
self-check and the training cell fail). Nothing can be judged: linear_classifier 0 (as buggy/linear_float64_layer);
the message should name the inference tensor. In the notebook the training cell fails too, so the plot cell is replayed with the grader's curves: plot_curves full."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        with torch.inference_mode():  # initialisation needs no autograd
            w = torch.randn(num_classes, in_features) * 0.01
            b = torch.zeros(num_classes)
        self.weight = nn.Parameter(w)
        self.bias = nn.Parameter(b)

    def forward(self, x):
        return x @ self.weight.T + self.bias


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
}
