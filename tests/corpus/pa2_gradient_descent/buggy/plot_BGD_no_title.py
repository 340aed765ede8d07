"""plot_BGD draws the curve with both axis labels but no title: curve 3, labels 1, title 0 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_BGD)
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss")
plt.show()
''',
}
