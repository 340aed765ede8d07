"""A plot helper shared by both plot cells, with a slip in one call. The plot_GD cell defines draw_curve(losses, title, color='tab:blue') (one point per epoch, 'Epoch' / 'Loss (MSE)', the title) and then calls it with a misspelt keyword, draw_curve(loss_GD, title=..., colour='tab:blue'): TypeError, no figure. The plot_BGD cell calls the same helper correctly for loss_BGD. The helper was defined before the failing call, so plot_BGD works in the student's notebook and is right: plot_BGD 5. plot_GD draws nothing: 0 (the message should quote the TypeError). Nothing else changes."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
def draw_curve(losses, title, color="tab:blue"):
    fig, ax = plt.subplots()
    ax.plot(np.arange(1, len(losses) + 1), losses, marker="o", color=color)
    ax.set_xlabel("Epoch")
    ax.set_ylabel("Loss (MSE)")
    ax.set_title(title)
    plt.show()


draw_curve(loss_GD, title="Full-batch gradient descent", colour="tab:blue")
''',
    "plot_BGD_answer": '''
draw_curve(loss_BGD, title="Mini-batch gradient descent", color="tab:orange")
''',
}
