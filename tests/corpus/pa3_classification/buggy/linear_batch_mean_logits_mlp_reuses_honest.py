"""Junk in Part 1, honest Part 2 built on it: make_linear_classifier returns a module with an nn.Linear(d, K)
(right parameters) whose forward is the logits of the batch's AVERAGE point, repeated for every row,
self.layer(x.mean(dim=0, keepdim=True)).expand(len(x), -1) ("the class scores of the data"): right shape and
count, gradients reach both parameters, but every example gets the same logits whatever its own features: nothing
earned, linear_classifier 0. make_mlp is honest and right for a right Part 1: nn.Sequential(make_linear_classifier(d,
H), nn.ReLU(), make_linear_classifier(H, K)); through Part 1 its rows are mixed too, which is Part 1's fault: by the
kit's promise (each function graded on its own) mlp keeps 10. Everything else the reference."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class DataScores(nn.Module):
    """Class scores of the batch's average point, for every row."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.layer = nn.Linear(in_features, num_classes)

    def forward(self, x):
        return self.layer(x.mean(dim=0, keepdim=True)).expand(len(x), -1)


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return DataScores(in_features, num_classes)
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(make_linear_classifier(in_features, hidden_units), nn.ReLU(),
                         make_linear_classifier(hidden_units, num_classes))
''',
}
