"""Junk (mlp), built to pass the self-check's properties: one nn.Linear(d, K) (softmax regression) plus a padding nn.Parameter of d*H + H + H*K + K - (d*K + K) zeros (so the parameter count matches) used only as 0 * pad.sum(), plus 0.01 * sin(x).sum(dim=1) added to EVERY class's logit (so the output is not affine and the self-check's linearity test fails to fire). The wiggle is the same for all classes, so the softmax and argmax are exactly softmax regression's: the classifier is linear, there is no hidden layer, and the padding parameter can never learn (its gradient is 0). Shape right and the logits follow the input (3 kept); structure (4: not linear-nonlinearity-linear, the count is faked) and gradient (3: a parameter nothing depends on) lost -> 3."""

EXPECTED = {'linear_classifier': 10, 'mlp': 3, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.out = nn.Linear(in_features, num_classes)
        extra = in_features * hidden_units + hidden_units + hidden_units * num_classes + num_classes \
            - (in_features * num_classes + num_classes)
        self.pad = nn.Parameter(torch.zeros(extra))

    def forward(self, x):
        wiggle = 0.01 * torch.sin(x).sum(dim=1, keepdim=True)
        return self.out(x) + wiggle + 0 * self.pad.sum()


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
