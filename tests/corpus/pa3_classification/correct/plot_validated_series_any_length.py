"""Correct (plot_curves), defensive about the two lists: each is turned into a flat float numpy array (lists of
floats, numpy arrays or 0-d tensors' values all work), a warning is printed if the two have different lengths or hold
non-finite values (nothing is dropped or changed), and each is drawn against its own epochs 1..len, so curves of any
length are drawn whole. Both on one axes, markers on the lines, labelled "training loss" / "validation loss", x label
"epoch", y label "cross-entropy loss", a title, a legend, a light grid. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
import warnings


def _as_series(values, name: str) -> np.ndarray:
    """values as a flat float array, with a warning (not a change) for anything odd."""
    series = np.asarray([float(v) for v in values], dtype=float).reshape(-1)
    if series.size == 0:
        warnings.warn(f"{name} is empty: nothing to draw")
    elif not np.all(np.isfinite(series)):
        warnings.warn(f"{name} holds non-finite values: they will leave gaps in the curve")
    return series


train_curve = _as_series(train_losses, "train_losses")
val_curve = _as_series(val_losses, "val_losses")
if train_curve.size != val_curve.size:
    warnings.warn(f"{train_curve.size} training losses but {val_curve.size} validation losses")

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(np.arange(1, train_curve.size + 1), train_curve, marker=".", label="training loss")
ax.plot(np.arange(1, val_curve.size + 1), val_curve, marker=".", label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP (128 hidden units): training and validation loss per epoch")
ax.grid(alpha=0.3)
ax.legend()
plt.show()
''',
}
