"""Device-agnostic throughout (linear_classifier, mlp, train_epoch, evaluate). Each model cell sets
device = "cuda" if torch.cuda.is_available() else "cpu" and wraps its network in a small module that keeps the
network on that device, moves each input there and hands the logits back on the input's own device (.to(x.device)):
right on a CPU-only machine (both are "cpu") and on a GPU alike, gradients flow through .to. train_epoch and evaluate
move each batch to the device of the model's first parameter; train_epoch's running total starts as the first
detached loss (so it has the loss's dtype and device), evaluate accumulates the loss in a float64 tensor and the count
in an int64 tensor created on that device, under torch.no_grad() in eval mode, and returns Python floats. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
device = "cuda" if torch.cuda.is_available() else "cpu"


class OnDevice(nn.Module):
    """Keeps `net` on `device`; inputs go there, logits come back where the inputs were."""

    def __init__(self, net):
        super().__init__()
        self.net = net.to(device)

    def forward(self, x):
        return self.net(x.to(device)).to(x.device)


def make_linear_classifier(in_features, num_classes):
    return OnDevice(nn.Linear(in_features, num_classes))
''',
    'mlp_answer': r'''
mlp_device = "cuda" if torch.cuda.is_available() else "cpu"


class MLPOnDevice(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden_units), nn.ReLU(), nn.Linear(hidden_units, num_classes)).to(mlp_device)

    def forward(self, x):
        return self.layers(x.to(mlp_device)).to(x.device)


def make_mlp(in_features, hidden_units, num_classes):
    return MLPOnDevice(in_features, hidden_units, num_classes)
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    where = next(model.parameters()).device
    total, batches = None, 0
    for inputs, targets in loader:
        inputs, targets = inputs.to(where), targets.to(where)
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total = loss.detach() if total is None else total + loss.detach()
        batches += 1
    return (total / batches).item()
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    where = next(model.parameters()).device
    loss_total = torch.zeros((), dtype=torch.float64, device=where)
    correct = torch.zeros((), dtype=torch.long, device=where)
    count = 0
    with torch.no_grad():
        for inputs, targets in loader:
            inputs, targets = inputs.to(where), targets.to(where)
            logits = model(inputs)
            loss_total += loss_fn(logits, targets).double() * targets.numel()
            correct += (logits.argmax(dim=1) == targets).sum()
            count += targets.numel()
    return loss_total.item() / count, correct.item() / count
''',
}
