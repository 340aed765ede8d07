"""Randomness from numpy, seeded once at the top of the cell (linear_classifier, mlp, plot_curves): each model cell
starts with its own np.random.default_rng(seed), created once when the cell runs; every call of the builder then
draws NEW numbers from it (uniform for softmax regression, He-normal for the ReLU network). numpy draws float64;
the student copies them in with param.copy_(torch.from_numpy(...)) under torch.no_grad(), which casts to the
parameter's own float32, so the models stay float32 nn.Linear layers with trainable parameters. The plot turns the
two lists into float64 numpy arrays, draws them against integer epochs 1..n with markers, and puts each curve's
minimum in its legend label. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
linear_rng = np.random.default_rng(2024)   # seeded once, here; each model below draws new numbers from it


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer, initialised from numpy."""
    layer = nn.Linear(in_features, num_classes)
    bound = 1 / np.sqrt(in_features)
    with torch.no_grad():  # filling parameters is not part of any computation to differentiate
        # numpy gives float64; copy_ converts to the parameter's own dtype (float32)
        layer.weight.copy_(torch.from_numpy(linear_rng.uniform(-bound, bound, size=(num_classes, in_features))))
        layer.bias.copy_(torch.from_numpy(linear_rng.uniform(-bound, bound, size=num_classes)))
    return layer
''',
    'mlp_answer': r'''
mlp_rng = np.random.default_rng(7)   # seeded once, when this cell runs


def _he_init(layer):
    """He-normal weights (std sqrt(2 / fan_in), for ReLU) and zero biases, drawn in float64 by numpy."""
    std = np.sqrt(2.0 / layer.in_features)
    with torch.no_grad():
        layer.weight.copy_(torch.from_numpy(mlp_rng.normal(0.0, std, size=tuple(layer.weight.shape))))
        layer.bias.zero_()
    return layer


def make_mlp(in_features, hidden_units, num_classes):
    """Linear, ReLU, Linear."""
    return nn.Sequential(
        _he_init(nn.Linear(in_features, hidden_units)),
        nn.ReLU(),
        _he_init(nn.Linear(hidden_units, num_classes)),
    )
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
train_curve = np.asarray(train_losses, dtype=np.float64)
val_curve = np.asarray(val_losses, dtype=np.float64)
epochs = np.arange(1, train_curve.size + 1, dtype=np.int64)
best = int(np.argmin(val_curve))

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, train_curve, "o-", markersize=3, label=f"training loss (lowest {train_curve.min():.3f})")
ax.plot(epochs, val_curve, "s-", markersize=3, label=f"validation loss (lowest {val_curve[best]:.3f}, epoch {epochs[best]})")
ax.set_xlabel("epoch")
ax.set_ylabel("mean cross-entropy loss")
ax.set_title("MLP with 128 hidden units: training vs validation loss")
ax.legend()
plt.show()
''',
}
