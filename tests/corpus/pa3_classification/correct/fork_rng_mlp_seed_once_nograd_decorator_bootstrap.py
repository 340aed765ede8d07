"""Randomness kept apart (linear_classifier, mlp, evaluate, the ungraded exercise). The linear cell seeds the global
RNG once at its top (torch.manual_seed(2024), run once with the cell) and returns nn.Linear. make_mlp takes a fresh
seed from a LOCAL generator of its own (created once in its cell) and builds Linear, SELU, Linear inside
torch.random.fork_rng(devices=[]) with that seed: every model is new and different, and the global RNG is left
exactly as it was (so the training cell's own seeding and the loaders are untouched). evaluate is decorated with
@torch.no_grad(), switches to eval mode, keeps the batch losses as tensors, weights them by batch size in float64
and counts hits with torch.count_nonzero into a Python int: exact mean loss and fraction. The exercise cell builds the
confusion matrix with index_put_(accumulate=True) and a bootstrap interval of the validation accuracy with
np.random.default_rng(0). Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
torch.manual_seed(2024)   # once, when this cell runs


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer."""
    return nn.Linear(in_features, num_classes)
''',
    'mlp_answer': r'''
_seed_source = torch.Generator().manual_seed(99)   # hands out one seed per model


def make_mlp(in_features, hidden_units, num_classes):
    """Linear, SELU, Linear, initialised from a seed of its own without touching the global RNG."""
    seed = int(torch.randint(0, 2**31 - 1, (1,), generator=_seed_source))
    with torch.random.fork_rng(devices=[]):   # the global RNG state is restored on exit
        torch.manual_seed(seed)
        model = nn.Sequential(
            nn.Linear(in_features, hidden_units),
            nn.SELU(),
            nn.Linear(hidden_units, num_classes),
        )
    return model
''',
    'evaluate_answer': r'''
@torch.no_grad()
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    losses, sizes, hits = [], [], 0
    for inputs, targets in loader:
        logits = model(inputs)
        losses.append(loss_fn(logits, targets))
        sizes.append(len(targets))
        hits += int(torch.count_nonzero(logits.argmax(dim=1) == targets))
    weights = torch.tensor(sizes, dtype=torch.float64)
    mean_loss = (torch.stack(losses).double() * weights).sum() / weights.sum()
    return mean_loss.item(), hits / sum(sizes)
''',
    'exercise_confusion': r'''
mlp_model.eval()
with torch.no_grad():
    predicted = mlp_model(X_val).argmax(dim=1)
confusion = torch.zeros(3, 3, dtype=torch.long)
confusion.index_put_((y_val, predicted), torch.ones_like(y_val), accumulate=True)
print(confusion)
right = (predicted == y_val).numpy()
boot_rng = np.random.default_rng(0)
boot = [right[boot_rng.integers(0, right.size, right.size)].mean() for _ in range(1000)]
print("validation accuracy %.3f, 95%% bootstrap interval %.3f-%.3f" % (right.mean(), *np.percentile(boot, [2.5, 97.5])))
''',
}
