"""Fancy plot from the matplotlib gallery ('Multicolored lines'): plot_BGD draws loss_BGD as a LineCollection of segments
joining (epoch, loss) to (epoch + 1, next loss), coloured by epoch with the viridis colormap, adds it with
ax.add_collection and ax.autoscale() (so the whole curve is in view), a colorbar labelled 'epoch', axis labels 'Epoch' /
'Mean batch loss (MSE)' and a title. The figure shows the loss of every epoch at its epoch, joined by a line, exactly the
curve of ax.plot (only coloured): full marks. (A reader that only looks at Line2D objects and scatter offsets will not find
the values; the notebook's own self-check says so, but the figure is right.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
# Plot the loss curve of mini-batch gradient descent, coloured by epoch.
from matplotlib.collections import LineCollection

epochs = np.arange(1, len(loss_BGD) + 1)
values = np.asarray(loss_BGD, dtype=float)
points = np.column_stack([epochs, values]).reshape(-1, 1, 2)
segments = np.concatenate([points[:-1], points[1:]], axis=1)

fig, ax = plt.subplots()
curve = LineCollection(segments, cmap="viridis", linewidths=2)
curve.set_array(epochs[:-1].astype(float))
ax.add_collection(curve)
ax.autoscale()
fig.colorbar(curve, ax=ax, label="epoch")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
