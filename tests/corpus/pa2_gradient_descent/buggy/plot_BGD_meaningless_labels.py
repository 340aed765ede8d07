"""plot_BGD draws the right curve and a title, but labels its axes x and y, which name neither the epochs nor the loss: curve 3, labels 0, title 1 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
ax.plot(loss_BGD, "o-")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Mini-batch loss")
plt.show()
''',
}
