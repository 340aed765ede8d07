"""Own nn.Module subclasses for both models (F.relu in forward), cross-entropy with torch.logsumexp and gather, a running-total train_epoch, an evaluate that weighs each batch by its size, an object-oriented plot: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
class SoftmaxRegression(nn.Module):
    def __init__(self, d, k):
        super().__init__()
        self.linear = nn.Linear(d, k)

    def forward(self, x):
        return self.linear(x)


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.hidden = nn.Linear(d, h)
        self.out = nn.Linear(h, k)

    def forward(self, x):
        return self.out(F.relu(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    picked = logits.gather(1, targets.view(-1, 1)).squeeze(1)
    return torch.mean(torch.logsumexp(logits, dim=1) - picked)
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total, batches = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    loss_sum, right, seen = 0.0, 0, 0
    with torch.no_grad():
        for x, y in loader:
            out = model(x)
            loss_sum += loss_fn(out, y).item() * x.shape[0]
            right += int((out.argmax(1) == y).sum())
            seen += x.shape[0]
    return loss_sum / seen, right / seen
''',
    'plot_curves_answer': '''
fig, ax = plt.subplots()
ax.plot(range(1, len(train_losses) + 1), train_losses, "o-", label="train")
ax.plot(range(1, len(val_losses) + 1), val_losses, "s-", label="validation")
ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
ax.legend()
plt.show()
''',
}
