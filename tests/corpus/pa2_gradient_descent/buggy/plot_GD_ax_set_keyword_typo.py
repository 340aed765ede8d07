"""plot_GD uses the OO API an assistant suggests, fig, ax = plt.subplots(); ax.plot(epochs, loss_GD, 'o-'), and sets
everything in one call, ax.set(title='Full-batch gradient descent', xlabel='Epoch', ylable='Loss (MSE)'), with
'ylabel' misspelt. Axes.set applies its keywords in order, so the title and the x label are set, then it raises
AttributeError on 'ylable': the cell stops before plt.show(), and the figure (which inline display still shows, and
the self-check finds) has the curve, a title and an x label, but no y label. curve 3, labels 0 (the y axis is
unlabelled), title 1 -> 4."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 4, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
epochs = np.arange(1, len(loss_GD) + 1)
fig, ax = plt.subplots()
ax.plot(epochs, loss_GD, "o-")
ax.set(title="Full-batch gradient descent", xlabel="Epoch", ylable="Loss (MSE)")
plt.show()
''',
}
