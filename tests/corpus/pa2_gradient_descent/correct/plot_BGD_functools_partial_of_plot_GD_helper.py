"""The plot cells share a helper, reached in different ways. The plot_GD cell defines loss_figure(values, title, *,
log=False, **style): a new figure, the values against epochs 1..len(values) (np.asarray first, so a list works too),
'Epoch' / 'Loss (MSE)' labels, the title, and a log y scale (ax.set_yscale: the values themselves are drawn) when
log=True; plot_GD calls loss_figure(loss_GD, 'Full-batch gradient descent', marker='o'). The plot_BGD cell makes a
specialised version with functools.partial(loss_figure, log=True, color='tab:orange') and calls it with the title as
a keyword. Each cell draws its own variable, one point per epoch, labelled and titled: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
import functools


def loss_figure(values, title, *, log=False, **style):
    """One figure: the loss of each epoch against the epoch number."""
    values = np.asarray(values, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(np.arange(1, len(values) + 1), values, **style)
    ax.set_xlabel("Epoch")
    ax.set_ylabel("Loss (MSE)")
    ax.set_title(title)
    if log:
        ax.set_yscale("log")
    return fig


loss_figure(loss_GD, "Full-batch gradient descent", marker="o")
plt.show()
''',
    "plot_BGD_answer": '''
log_loss_figure = functools.partial(loss_figure, log=True, color="tab:orange")
log_loss_figure(loss_BGD, title="Mini-batch gradient descent (log scale)", marker="s")
plt.show()
''',
}
