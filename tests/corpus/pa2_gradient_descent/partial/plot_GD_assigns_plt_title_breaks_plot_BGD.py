"""Beginner slip with a global side effect: the plot_GD cell ASSIGNS the title instead of calling the function, `plt.title = "Full-batch gradient descent"`. plot_GD's figure gets no title (curve 3, labels 1, title 0 -> 4), and the assignment replaces pyplot's title function by a string for the rest of the notebook: the plot_BGD cell (otherwise right, plt.plot + plt.xlabel + plt.ylabel + plt.title(...)) raises TypeError: 'str' object is not callable at its plt.title line, so its figure has curve and labels but no title. Following the corpus' stance (plot_GD_cell_rebinds_sum_breaks_fit_BGD: the later part is judged as the notebook runs it), plot_BGD loses its title too: 4. Its message should quote the TypeError (plt.title is a string), not only say that the figure needs a title: the student's plot_BGD cell does call plt.title."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title = "Full-batch gradient descent"
plt.show()
''',
    "plot_BGD_answer": r'''
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="o", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
