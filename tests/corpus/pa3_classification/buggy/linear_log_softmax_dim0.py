"""Slip (linear_classifier): softmax regression as a module returning F.log_softmax(self.linear(x), dim=0): log-probabilities are acceptable logits (correct/linear_log_softmax_output uses dim=1), but dim=0 normalises each COLUMN over the batch, so each example's scores depend on the other examples in the batch, and the model is not affine in its input (the midpoint test fails). Right shape, right parameter count, logits follow the input, gradients reach both parameters: loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.linear = nn.Linear(in_features, num_classes)

    def forward(self, x):
        # log-probabilities are fine as logits: softmax gives back the same probabilities
        return F.log_softmax(self.linear(x), dim=0)


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
}
