"""An answer cell overwrites the notebook's data: the plot_GD cell names its epoch axis X, `X = np.arange(1, len(loss_GD) + 1)`, and plots loss_GD against it (labelled, titled). From then on the notebook's X is a NumPy array of 20 epochs: the locked learned_GD and run_BGD cells fail in the student's own run (loss_BGD is never made). But no graded part depends on the global X: fit_BGD must train on the X it is GIVEN (the notebook says so, and the grader gives it other data), and plot_BGD is replayed with the grader's losses. fit_BGD and plot_BGD are the reference; plot_GD is right. Full marks everywhere (the clobbered data is a notebook hygiene problem, not a wrong answer)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
X = np.arange(1, len(loss_GD) + 1)  # epochs
plt.plot(X, loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
