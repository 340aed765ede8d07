"""Playful plot styles: plot_GD draws inside `with plt.xkcd():` (hand-drawn look: jittered lines with a white outline stroke, a comic font if one is installed), plot_BGD switches to plt.style.use('dark_background') and draws the curve in the style's default (light) colour on the black axes. Both show one point per epoch with labels and a title, and the curves stand out from their backgrounds: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
with plt.xkcd():
    fig, ax = plt.subplots()
    ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    ax.set_title("Full-batch GD (xkcd style)")
    plt.show()
''',
    "plot_BGD_answer": '''
plt.style.use("dark_background")
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "o-")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
