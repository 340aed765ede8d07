"""junk: the module registers nn.Linear but computes x @ a fixed random buffer: nothing."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'linear_classifier_answer': '''
class Linear(nn.Module):
    def __init__(self, d, k):
        super().__init__()
        self.layer = nn.Linear(d, k)
        self.register_buffer("fixed", torch.randn(d, k))
    def forward(self, x):
        return x @ self.fixed

def make_linear_classifier(in_features, num_classes):
    return Linear(in_features, num_classes)
''',
}
