"""plot_GD draws the right curve and a title, but its axis labels are swapped (x says Loss, y says Epoch): curve 3, labels 0, title 1 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(range(1, len(loss_GD) + 1), loss_GD)
plt.xlabel("Loss")
plt.ylabel("Epoch")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
