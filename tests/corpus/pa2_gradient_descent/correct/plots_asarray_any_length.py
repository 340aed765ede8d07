"""Correct plots written to accept any container: both plot cells turn the losses into a flat float array with np.asarray(..., dtype=float).ravel() (so a list, a tensor history or an array all work), take the x axis from that array's own length, print a note instead of drawing when it is empty, and force integer epoch ticks with MaxNLocator(integer=True). For the notebook's (and the grader's) losses each figure shows every epoch's loss, labelled 'Epoch' / 'Loss (MSE)' and 'Epoch' / 'Mean batch loss', titled: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
from matplotlib.ticker import MaxNLocator

values = np.asarray(loss_GD, dtype=float).ravel()
if values.size == 0:
    print("loss_GD is empty: nothing to plot")
else:
    fig, ax = plt.subplots()
    ax.plot(np.arange(1, values.size + 1), values, "o-")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Epoch")
    ax.set_ylabel("Loss (MSE)")
    ax.set_title("Full-batch gradient descent")
    plt.show()
''',
    "plot_BGD_answer": r'''
from matplotlib.ticker import MaxNLocator

values = np.asarray(loss_BGD, dtype=float).ravel()
if values.size == 0:
    print("loss_BGD is empty: nothing to plot")
else:
    fig, ax = plt.subplots()
    ax.plot(np.arange(1, values.size + 1), values, "s-", color="tab:orange")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Epoch")
    ax.set_ylabel("Mean batch loss")
    ax.set_title("Mini-batch gradient descent")
    plt.show()
''',
}
