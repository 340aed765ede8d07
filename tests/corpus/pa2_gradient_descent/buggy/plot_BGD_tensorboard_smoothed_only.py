"""TensorBoard habit, one slip in plot_BGD: the student draws only the exponentially smoothed curve (TensorBoard's default smoothing 0.6: s_t = 0.6 s_{t-1} + 0.4 loss_t, s_0 = loss_0), labelled 'Epoch' / 'Loss (smoothed)' and titled, and NOT the raw losses TensorBoard keeps faintly behind it. Apart from the first epoch the plotted values are not loss_BGD: the figure shows a lagging average, not one point per epoch of the losses asked for. A figure that does not show the losses earns nothing: curve 0, labels and title not earned -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
smoothing = 0.6                      # TensorBoard's default
smoothed, last = [], loss_BGD[0]
for value in loss_BGD:
    last = smoothing * last + (1 - smoothing) * value
    smoothed.append(last)
plt.plot(np.arange(1, len(smoothed) + 1), smoothed, color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Loss (smoothed)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
