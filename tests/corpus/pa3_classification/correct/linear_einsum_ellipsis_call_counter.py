"""Correct (linear_classifier), generalises beyond the notebook: softmax regression as its own module with nn.Parameter weight (K x d, normal init scaled by 1/sqrt(d)) and zero bias, forward via torch.einsum("...d,kd->...k") so any number of leading batch dimensions works; the input is passed through torch.as_tensor with the weight's dtype and device; a registered LONG buffer counts forward calls (a buffer, not a parameter: the parameter count stays dK + K). Affine, logits, own rows, every parameter reached: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
class SoftmaxRegression(nn.Module):
    """z = W x + b for inputs of shape (..., d)."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(num_classes, in_features))
        self.bias = nn.Parameter(torch.zeros(num_classes))
        nn.init.normal_(self.weight, std=in_features ** -0.5)
        self.register_buffer("forward_calls", torch.zeros((), dtype=torch.long))

    def forward(self, x):
        self.forward_calls += 1
        x = torch.as_tensor(x, dtype=self.weight.dtype, device=self.weight.device)
        return torch.einsum("...d,kd->...k", x, self.weight) + self.bias


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
}
