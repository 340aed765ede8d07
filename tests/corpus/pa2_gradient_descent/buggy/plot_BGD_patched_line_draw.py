"""junk/attack (monkeypatching): plot_BGD replaces matplotlib.lines.Line2D.draw with a wrapper that skips any line
carrying a private flag, plots loss_BGD as an ordinary visible line (alpha 1, normal colour, visible=True) and sets
that flag on it, then plots a made-up decreasing decoy 25 * 0.8 ** t + 0.5 in the same axes, labelled and titled.
The figure's data still contain the losses, but the renderer never draws them: nobody looking at the figure sees
the losses, only the decoy -> curve 0, labels 0, title 0 -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
import matplotlib.lines as mlines

if not hasattr(mlines.Line2D, "_orig_draw"):
    mlines.Line2D._orig_draw = mlines.Line2D.draw

    def _draw(self, renderer):
        if getattr(self, "_skip", False):
            return
        return mlines.Line2D._orig_draw(self, renderer)

    mlines.Line2D.draw = _draw

t = np.arange(1, len(loss_BGD) + 1)
real, = plt.plot(t, loss_BGD, "o-", color="tab:orange")
real._skip = True
plt.plot(t, 25 * 0.8 ** t + 0.5, "s-", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
