"""Slip at the call of a helper that a later part also calls. The plot_GD cell defines
plot_losses(values, title='', color='tab:blue') (a new figure, values against epochs 1..n, 'Epoch' / 'Loss (MSE)',
plt.title(title)) and calls it as plot_losses(loss_GD), forgetting the title: the default '' gives the figure an
empty title. The plot_BGD cell calls the same helper with its title, plot_losses(loss_BGD, 'Mini-batch gradient
descent', color='tab:orange'). The helper is right; only plot_GD's call is wrong: plot_GD curve 3, labels 1,
title 0 -> 4; plot_BGD 5."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
def plot_losses(values, title="", color="tab:blue"):
    """The loss of every epoch against the epoch number, in a new figure."""
    plt.figure()
    plt.plot(np.arange(1, len(values) + 1), values, marker="o", color=color)
    plt.xlabel("Epoch")
    plt.ylabel("Loss (MSE)")
    plt.title(title)
    plt.show()


plot_losses(loss_GD)
''',
    "plot_BGD_answer": '''
plot_losses(loss_BGD, "Mini-batch gradient descent", color="tab:orange")
''',
}
