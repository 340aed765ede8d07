"""The linear classifier a subclass of nn.Linear, the MLP a class over nn.ModuleList with F.relu, the cross-entropy from torch.logsumexp and gather: fully correct."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 20, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "linear_classifier_answer": '''
class SoftmaxRegression(nn.Linear):
    pass

def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    "mlp_answer": '''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(d, h), nn.Linear(h, k)])

    def forward(self, x):
        x = F.relu(self.layers[0](x))
        return self.layers[1](x)

def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
    "cross_entropy_answer": '''
def cross_entropy(logits, targets):
    picked = logits.gather(1, targets.view(-1, 1)).view(-1)
    return torch.mean(torch.logsumexp(logits, dim=1) - picked)
''',
}
