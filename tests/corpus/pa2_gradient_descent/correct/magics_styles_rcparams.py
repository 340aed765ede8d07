"""Plot cells written with notebook habits: plot_GD starts with `%matplotlib inline` and `%config InlineBackend.figure_format = 'retina'`, switches to plt.style.use('ggplot') and changes plt.rcParams (figure size, font size, dpi, line width, grid); plot_BGD uses the 'seaborn-v0_8-whitegrid' style with larger markers and no plt.show() (the figure is shown at the end of the cell). The curves, labels and titles are those of the reference: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
%matplotlib inline
%config InlineBackend.figure_format = 'retina'
plt.style.use("ggplot")
plt.rcParams.update({"figure.figsize": (8, 4.5), "font.size": 13, "figure.dpi": 110,
                     "lines.linewidth": 2.5, "axes.grid": True})

epochs = range(1, len(loss_GD) + 1)
plt.plot(epochs, loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Training loss (MSE)")
plt.title("Full-batch GD: loss per epoch")
plt.show()
''',
    "plot_BGD_answer": '''
plt.style.use("seaborn-v0_8-whitegrid")
plt.rcParams["lines.markersize"] = 8
plt.figure()
plt.plot(range(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss")
plt.title("Mini-batch GD: loss per epoch")
''',
}
