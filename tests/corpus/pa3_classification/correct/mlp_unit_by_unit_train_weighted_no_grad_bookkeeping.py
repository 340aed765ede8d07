"""Slow hidden layer, bookkeeping outside autograd (mlp, train_epoch). make_mlp's module holds nn.Linear(d, H) and
nn.Linear(H, K) but computes the hidden layer one unit at a time in a Python loop over H, each unit
clamp(x @ w_j + b_j, min=0) (a ReLU), stacked into (n, H) before the output layer: the same function as Linear,
ReLU, Linear, about H times more small operations (a couple of seconds for the notebook's 60 epochs at H = 128).
train_epoch does the reference steps and keeps its statistics inside `with torch.no_grad():` (float(loss) times the
batch size, plus an integer example count), returning the exact epoch mean weighted by batch size, which the
notebook accepts as the mean of the batch losses. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class UnitByUnitMLP(nn.Module):
    """Linear, ReLU, Linear, with the hidden layer computed one unit at a time."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        units = []
        for j in range(self.hidden.out_features):
            pre_activation = x @ self.hidden.weight[j] + self.hidden.bias[j]   # (n,)
            units.append(torch.clamp(pre_activation, min=0))                  # ReLU of unit j
        return self.output(torch.stack(units, dim=1))


def make_mlp(in_features, hidden_units, num_classes):
    return UnitByUnitMLP(in_features, hidden_units, num_classes)
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    weighted_total, examples = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        with torch.no_grad():                      # bookkeeping: nothing here needs gradients
            weighted_total += float(loss) * len(targets)
            examples += len(targets)
    return weighted_total / examples
''',
}
