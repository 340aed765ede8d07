"""Correct (plot_curves), R / ggplot habit: the student first makes "tidy" long-format data, one record
(epoch, split, loss) per point with epochs counted from 1, and then draws one line per group, as
ggplot(aes(epoch, loss, colour = split)) would: for each split the records of that split, labelled
"training loss" / "validation loss", on one axes. Axis labels, a title (set in one ax.set call) and a legend
titled "split". Both lists drawn as they are, against epochs 1..n: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
# long format, as in R: one row per (epoch, split, loss)
records = [(epoch, split, loss)
           for split, values in (("training", train_losses), ("validation", val_losses))
           for epoch, loss in enumerate(values, start=1)]
fig, ax = plt.subplots(figsize=(7, 4))
for split in ("training", "validation"):  # colour = split
    rows = [(e, l) for e, s, l in records if s == split]
    ax.plot([e for e, _ in rows], [l for _, l in rows], label=f"{split} loss")
ax.set(xlabel="epoch", ylabel="cross-entropy loss", title="MLP: training vs validation loss")
ax.legend(title="split")
plt.show()
''',
}
