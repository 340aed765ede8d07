"""A builtin rebound at module level by an earlier answer cell. The plot_GD cell draws the reference figure and then prints the average loss with a hand-written loop that uses `sum` as its accumulator: `sum = 0.0; for v in loss_GD: sum += v`. From then on `sum` is a float in the notebook, and fit_BGD (the reference, written later) computes its epoch mean with sum(batch_losses): every call raises TypeError: 'numpy.float64' object is not callable (loss_GD holds NumPy floats). In the student's own notebook fit_BGD's run cell and self-check fail, so fit_BGD as it exists in this notebook does not work: fit_BGD 0 (arguable: the fault is the plot cell's line, but the grader can only call fit_BGD as the notebook defines it, and a part whose calls raise earns nothing). plot_GD itself is right (5). The fit_BGD message must quote the TypeError ('numpy.float64' object is not callable), ideally pointing at the shadowed `sum`."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()

sum = 0.0
for v in loss_GD:
    sum += v
print("average loss over the epochs:", sum / len(loss_GD))
''',
}
