"""Softmax regression as its own module with nn.Parameter weights initialised to zero (the grader judges the architecture, not the start), an MLP with LeakyReLU, model.zero_grad() instead of optimizer.zero_grad(): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
class Linear(nn.Module):
    def __init__(self, d, k):
        super().__init__()
        self.W = nn.Parameter(torch.zeros(k, d))
        self.b = nn.Parameter(torch.zeros(k))

    def forward(self, x):
        return x @ self.W.T + self.b


def make_linear_classifier(in_features, num_classes):
    return Linear(in_features, num_classes)
''',
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    layers = [nn.Linear(in_features, hidden_units), nn.LeakyReLU(0.1), nn.Linear(hidden_units, num_classes)]
    return nn.Sequential(*layers)
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_losses = []
    for x, y in loader:
        model.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.item())
    return sum(batch_losses) / len(batch_losses)
''',
}
