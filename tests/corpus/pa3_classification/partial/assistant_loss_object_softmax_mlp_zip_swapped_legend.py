"""A weak student pasting assistant answers, three slips in three parts: make_mlp ends its nn.Sequential with
nn.Softmax(dim=1) ("so the outputs are class probabilities"): right shape, parameters and gradients, but it returns
probabilities, not logits: loses structure (4) -> 6 (as buggy/mlp_softmax_output). cross_entropy builds an
nn.CrossEntropyLoss() object and calls it on the logits: value, stability and gradient are the library's, nothing
is written by hand: loses by_hand (2) -> 13 (as buggy/ce_calls_F_cross_entropy). The plot zips the two lists with
the labels in the wrong order, zip((train_losses, val_losses), ("validation", "training")): both curves, axis
labels (ax.set), title, but the legend names each curve as the other: loses legend (1) -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features: int, hidden_units: int, num_classes: int) -> nn.Module:
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
        nn.Softmax(dim=1),  # outputs are class probabilities
    )
''',
    'cross_entropy_answer': r'''
def cross_entropy(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy of logits against class indices, computed stably."""
    criterion = nn.CrossEntropyLoss()  # numerically stable (log-sum-exp inside)
    return criterion(logits, targets)
''',
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
for values, name in zip((train_losses, val_losses), ("validation", "training")):
    ax.plot(epochs, values, label=name)
ax.set(xlabel="Epoch", ylabel="Loss", title="MLP training curves")
ax.legend()
plt.show()
''',
}
