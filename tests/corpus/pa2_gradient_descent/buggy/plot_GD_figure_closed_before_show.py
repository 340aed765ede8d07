"""junk/attack: plot_GD draws loss_GD, labelled and titled, in a first figure and then CLOSES that figure
(plt.close(fig)) before anything is displayed; a second figure shows a made-up decreasing decoy 30 * 0.75 ** t + 0.3
with the same labels and title, and plt.show() displays only that one. The figure with the losses is never shown
(a closed figure is not rendered in the notebook): curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
t = np.arange(1, len(loss_GD) + 1)
fig = plt.figure()
plt.plot(t, loss_GD, "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.close(fig)

plt.figure()
plt.plot(t, 30 * 0.75 ** t + 0.3, "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
}
