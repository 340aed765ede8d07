"""The plot cell starts with the magics `%matplotlib inline` and `%config InlineBackend.figure_format = "svg"`, then plt.ion(), plt.close("all"), plt.style.use("seaborn-v0_8-whitegrid"); draws both labelled curves with axis labels, a title and a legend, calls plt.show(), and ends with a leftover `fig2 = plt.figure()` "for the next plot" (an empty figure). The figure with the curves is complete: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''%matplotlib inline
%config InlineBackend.figure_format = "svg"
plt.ion()
plt.close("all")
plt.style.use("seaborn-v0_8-whitegrid")
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(range(1, len(train_losses) + 1), train_losses, "-o", markersize=3, label="Training")
ax.plot(range(1, len(val_losses) + 1), val_losses, "-s", markersize=3, label="Validation")
ax.set(xlabel="Epoch", ylabel="Loss", title="Learning curves (MLP, 128 hidden units)")
ax.legend(loc="upper right")
plt.show()
fig2 = plt.figure()  # for the next plot
''',
}
