"""plot_GD draws the curve with both axis labels but no title: curve 3, labels 1, title 0 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.show()
''',
}
