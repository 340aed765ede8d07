"""MLP with a Sigmoid hidden layer built by appending to a ModuleList-backed class, cross-entropy as the mean of -(z_y - max - log sum exp(z - max)) written out in full, evaluate with an explicit loop counter and numpy, semilogy plot with a figure title: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class TwoLayer(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(d, h), nn.Linear(h, k)])

    def forward(self, x):
        x = torch.sigmoid(self.layers[0](x))
        return self.layers[1](x)


def make_mlp(in_features, hidden_units, num_classes):
    return TwoLayer(in_features, hidden_units, num_classes)
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    n = logits.size(0)
    biggest, _ = torch.max(logits, dim=1)
    log_norm = biggest + torch.log(torch.sum(torch.exp(logits - biggest.unsqueeze(1)), dim=1))
    true_logit = logits[torch.arange(n), targets]
    return torch.sum(log_norm - true_logit) / n
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    losses, sizes, hits = [], [], 0
    with torch.no_grad():
        for inputs, targets in loader:
            scores = model(inputs)
            losses.append(loss_fn(scores, targets).item())
            sizes.append(len(targets))
            hits += (scores.argmax(dim=-1) == targets).sum().item()
    return float(np.average(losses, weights=sizes)), hits / sum(sizes)
''',
    'plot_curves_answer': '''
x = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(6, 4))
plt.semilogy(x, train_losses, label="train")
plt.semilogy(x, val_losses, "--", label="val")
plt.xlabel("epoch")
plt.ylabel("mean loss (log scale)")
plt.suptitle("Overfitting on the spirals")
plt.legend()
plt.show()
''',
}
