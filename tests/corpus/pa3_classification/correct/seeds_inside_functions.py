"""Reproducibility habits: make_linear_classifier and make_mlp call torch.manual_seed(42) before building (every model starts from the same initialisation; the grader judges the architecture with its own parameter values), and train_epoch calls torch.manual_seed(0) and np.random.seed(0) at its start. The loaders shuffle with their own generator (the notebook's train_loader and the grader's alike), so the global seed changes neither the batches nor the updates. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
SEED = 42


def make_linear_classifier(in_features, num_classes):
    torch.manual_seed(SEED)  # same start every time
    return nn.Linear(in_features, num_classes)
''',
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes, seed=SEED):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(in_features, hidden_units), nn.Tanh(), nn.Linear(hidden_units, num_classes))
    return model
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    torch.manual_seed(0)
    np.random.seed(0)
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return float(np.mean(losses))
''',
}
