"""ADVANCED plotting idioms: plot_GD plots with tuple unpacking, ax.plot(*zip(*enumerate(loss_GD, start=1)), marker='.') and sets everything in one ax.set(xlabel=..., ylabel=..., title=...) call; plot_BGD uses a dict of keyword arguments unpacked into ax.plot and labels through ax.set_xlabel/set_ylabel inside a for loop over (setter, text) pairs, with a suptitle. Both show one point per epoch with labels naming the epoch and the loss and a title: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
fig, ax = plt.subplots()
ax.plot(*zip(*enumerate(loss_GD, start=1)), marker=".")
ax.set(xlabel="epoch", ylabel="MSE loss", title="Full-batch GD")
plt.show()
''',
    "plot_BGD_answer": r'''
style = dict(marker="s", linestyle="--", color="tab:green")
fig, ax = plt.subplots()
ax.plot(range(1, len(loss_BGD) + 1), loss_BGD, **style)
for setter, text in ((ax.set_xlabel, "epoch"), (ax.set_ylabel, "mean batch loss")):
    setter(text)
fig.suptitle("Mini-batch GD")
plt.show()
''',
}
