"""plot_GD draws loss_GD per epoch with a dotted horizontal line at the noise floor 0.25 and a legend, labels ('Epoch', 'Loss (MSE)') and a title, then saves the figure to a PNG file with fig.savefig('loss_GD.png', dpi=120, bbox_inches='tight') before plt.show(), as many students do for their reports. Saving a copy is harmless: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(range(1, len(loss_GD) + 1), loss_GD, "o-", label="full-batch GD")
ax.axhline(0.25, color="gray", linestyle=":", label="noise floor")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Full-batch gradient descent")
ax.legend()
fig.savefig("loss_GD.png", dpi=120, bbox_inches="tight")
plt.show()
''',
}
