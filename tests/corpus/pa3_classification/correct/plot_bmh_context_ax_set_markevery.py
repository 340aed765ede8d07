"""Correct (plot_curves), matplotlib's object-oriented API inside a style context: `with plt.style.context("bmh"):`
fig, ax = plt.subplots(); the two lists drawn against epochs 1..n in a zip over (values, label, format) with
markevery=10 markers, a dotted vertical line at the best validation epoch (its own legend entry), ax.set(xlabel=
"epoch", ylabel="cross-entropy loss", title=...), ax.legend(frameon=False), the top and right spines hidden,
fig.tight_layout(), plt.show(). Both curves on one axes, labelled, titled, with a legend: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
with plt.style.context("bmh"):
    fig, ax = plt.subplots(figsize=(7, 4))
    for values, label, fmt in zip((train_losses, val_losses), ("training", "validation"), ("o-", "s--")):
        ax.plot(epochs, values, fmt, label=label, markevery=10, markersize=4)
    best = int(np.argmin(val_losses)) + 1
    ax.axvline(best, color="grey", linestyle=":", label=f"lowest validation loss (epoch {best})")
    ax.set(xlabel="epoch", ylabel="cross-entropy loss", title="MLP on the spirals: training vs validation loss")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    plt.show()
''',
}
