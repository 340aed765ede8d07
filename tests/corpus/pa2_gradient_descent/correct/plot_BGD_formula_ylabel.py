r"""plot_BGD labels the y axis with the loss's own formula in mathtext, r'$\frac{1}{|B|}\sum_{i \in B} (\hat y_i - y_i)^2$ (epoch mean)', the formula the notebook itself gives for the batch loss, and the x axis 'Epoch'; titled, one point per epoch. A y label that writes out the mean squared error names the loss as clearly as the word 'MSE' (the README: labels must name the loss 'in any wording'). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4))
epochs = np.arange(1, len(loss_BGD) + 1)
ax.plot(epochs, loss_BGD, "D-", color="tab:purple", markersize=4)
ax.set_xlabel("Epoch")
ax.set_ylabel(r"$\frac{1}{|B|}\sum_{i \in B} (\hat y_i - y_i)^2$ (epoch mean)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
