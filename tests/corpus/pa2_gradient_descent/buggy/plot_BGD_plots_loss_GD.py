"""plot_BGD copy-pastes the GD cell and plots loss_GD instead of loss_BGD: curve 0, labels 1, title 1 -> 2."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 2, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
plt.plot(loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Mini-batch gradient descent loss")
plt.show()
''',
}
