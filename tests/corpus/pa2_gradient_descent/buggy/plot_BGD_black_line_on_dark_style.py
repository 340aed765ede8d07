"""plot_BGD switches to plt.style.use('dark_background') (it looked nicer) but keeps the student's habitual color='black' for the curve, without markers: a black line on black axes, nothing of the losses can be seen (only the white labels, ticks and title). An honest slip, but the figure does not show the losses, and a figure that does not show the losses earns nothing: curve 0, labels 0, title 0 -> 0. The message should say the curve is drawn in the colour of its background."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
plt.style.use("dark_background")
plt.figure(figsize=(7, 4))
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, color="black")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
