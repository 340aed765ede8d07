"""plot_GD builds a matplotlib.figure.Figure object directly (object-oriented API, no pyplot state) and shows it with IPython's display(fig); the curve is loss_GD per epoch, axes labelled Epoch / Loss (MSE), titled. In Jupyter the figure appears in the output exactly like a pyplot one: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
from matplotlib.figure import Figure
from IPython.display import display

fig = Figure(figsize=(6, 4))
ax = fig.add_subplot()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Full-batch gradient descent")
display(fig)
''',
}
