"""linear classifier as Sequential(Flatten, Linear); the MLP in a ModuleDict with a registered buffer and softplus: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Sequential(nn.Flatten(), nn.Linear(in_features, num_classes))
''',
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.layers = nn.ModuleDict({"hidden": nn.Linear(d, h), "out": nn.Linear(h, k)})
        self.register_buffer("input_scale", torch.ones(d))
    def forward(self, x):
        h = F.softplus(self.layers["hidden"](x * self.input_scale))
        return self.layers["out"](h)

def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
