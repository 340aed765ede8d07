"""junk (the form of a figure without its content): the plot_BGD cell makes a figure with the required
decorations, x label 'Epoch', y label 'Mean batch loss (MSE)' and a title, but instead of a curve it puts the
losses in a table on the axes (ax.table with one row per epoch, the values formatted to 4 decimals, ax.set_xticks([])
and set_yticks([])). No loss curve is drawn. The labels and title are form without substance: plot_BGD 0. Every
other part is honest (the reference)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
fig, ax = plt.subplots(figsize=(5, 6))
ax.table(cellText=[[f"{value:.4f}"] for value in loss_BGD],
         rowLabels=[str(epoch) for epoch in range(1, len(loss_BGD) + 1)],
         colLabels=["mean batch loss"], loc="center")
ax.set_xticks([])
ax.set_yticks([])
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
