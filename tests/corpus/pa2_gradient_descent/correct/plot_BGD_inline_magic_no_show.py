"""The plot_BGD cell starts with `%matplotlib inline` (a line many students paste at the top of every plotting cell) and, like many notebooks, ends without plt.show(): the inline backend displays the open figure at the end of the cell. The figure is the reference's (loss_BGD per epoch, 'Epoch' / 'Mean batch loss (MSE)', titled) and appears in the notebook: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
%matplotlib inline
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="o", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
''',
}
