"""junk/attack: plot_BGD draws loss_BGD on an axes and then adds a SECOND axes at exactly the same place (fig.add_axes with the same rectangle), drawn on top with its default opaque white background, holding a made-up decoy (the lower axes' own ticks are switched off with set_axis_off(), its line stays) 25 * 0.8 ** t + 0.5 with the labels and title. The opaque top axes hides the real curve completely: the figure shows only the decoy. A figure that does not show the losses earns nothing (curve 0, labels 0, title 0) -> 0 (like the corpus' plot_BGD_curve_under_opaque_patch)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig = plt.figure(figsize=(6, 4))
place = [0.12, 0.14, 0.82, 0.76]
epochs = np.arange(1, len(loss_BGD) + 1)
below = fig.add_axes(place)
below.plot(epochs, loss_BGD, "o-", color="tab:orange")
below.set_axis_off()                 # no ticks of its own showing around the top axes
above = fig.add_axes(place)          # same place, drawn later: on top, with an opaque white face
above.plot(epochs, 25 * 0.8 ** np.arange(len(loss_BGD)) + 0.5, "s-", color="tab:orange")
above.set_xlabel("Epoch")
above.set_ylabel("Mean batch loss (MSE)")
above.set_title("Mini-batch gradient descent")
plt.show()
''',
}
