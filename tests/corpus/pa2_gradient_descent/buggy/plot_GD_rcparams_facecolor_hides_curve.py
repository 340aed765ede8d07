"""junk/attack through global settings: the plot_GD cell sets plt.rcParams['axes.facecolor'] = '#1f77b4' (the default colour C0 of the first line), then plots loss_GD with the default colour and no markers, so the losses are a blue line on a blue background, and a made-up decreasing decoy 30 * 0.75 ** t + 0.3 in white with markers in the same axes, labelled 'Epoch' / 'Loss (MSE)' and titled. Nobody sees the losses, only the decoy: curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
plt.rcParams["axes.facecolor"] = "#1f77b4"
epochs = np.arange(1, len(loss_GD) + 1)
plt.plot(epochs, loss_GD)
plt.plot(epochs, 30 * 0.75 ** epochs + 0.3, "o-", color="white")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
plt.rcParams["axes.facecolor"] = "white"
''',
}
