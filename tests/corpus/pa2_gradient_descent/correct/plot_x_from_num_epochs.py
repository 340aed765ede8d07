"""plot_GD takes its x axis from the global num_epochs: correct for the notebook's own loss_GD. The grader's replay with another length fails, so it falls back to the original figure, which matches the student's loss_GD: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.plot(range(num_epochs), loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Gradient descent loss")
plt.show()
''',
}
