"""plot_BGD draws two panels side by side, loss_GD on the left (ax_gd) and loss_BGD on the right (ax_bgd), but the second block of labelling lines was copy-pasted and still says ax_gd: the right panel, the one with loss_BGD, has no axis labels and no title (the left one's are overwritten), and there is no suptitle. Curve 3, labels 0, title 0 -> 3 (like the corpus' plot_GD_labels_before_new_figure)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 3, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": r'''
fig, (ax_gd, ax_bgd) = plt.subplots(1, 2, figsize=(10, 4))
ax_gd.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-", color="tab:blue")
ax_bgd.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "o-", color="tab:orange")
ax_gd.set_xlabel("Epoch")
ax_gd.set_ylabel("Loss (MSE)")
ax_gd.set_title("Full-batch GD")
ax_gd.set_xlabel("Epoch")
ax_gd.set_ylabel("Mean batch loss (MSE)")
ax_gd.set_title("Mini-batch GD")
plt.show()
''',
}
