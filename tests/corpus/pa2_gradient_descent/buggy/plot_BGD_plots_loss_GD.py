"""plot_BGD copy-pastes the GD cell and plots loss_GD instead of loss_BGD: the replay with fresh values in loss_BGD draws none of them, so the curve is lost (0/3), and labels and title, judged on the axes that show the losses, are not earned either -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
plt.plot(loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Mini-batch gradient descent loss")
plt.show()
''',
}
