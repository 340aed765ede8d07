"""nn.Sequential built from an OrderedDict with a Tanh hidden layer, nn.Sequential(nn.Linear) for softmax regression, cross-entropy as -log_softmax picked by advanced indexing, gradients zeroed after each step, plain plt.plot of the lists against their index: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Sequential(nn.Linear(in_features, num_classes))
''',
    'mlp_answer': '''
from collections import OrderedDict


def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(OrderedDict([
        ("fc1", nn.Linear(in_features, hidden_units)),
        ("act", nn.Tanh()),
        ("fc2", nn.Linear(hidden_units, num_classes)),
    ]))
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return -log_probs[torch.arange(logits.shape[0]), targets].mean()
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        losses.append(loss.item())
    return float(np.mean(losses))
''',
    'plot_curves_answer': '''
plt.plot(train_losses, label="training loss")
plt.plot(val_losses, label="validation loss")
plt.xlabel("Epochs")
plt.ylabel("Cross-entropy")
plt.title("Training vs validation")
plt.legend()
plt.show()
''',
}
