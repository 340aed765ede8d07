"""The plot_GD cell starts with `%config InlineBackend.figure_format = 'retina'` (sharper figures) and builds a matplotlib.figure.Figure object directly, shown with IPython's display(fig) (as the corpus' plot_GD_figure_object_display does, which earns full marks). The figure with loss_GD per epoch, labelled and titled, appears in the notebook: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
%config InlineBackend.figure_format = 'retina'
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
