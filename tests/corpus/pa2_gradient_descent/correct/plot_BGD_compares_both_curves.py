"""Control for slip_fit_GD_stub_plot_BGD_compares_with_loss_GD: every part is the reference except plot_BGD, which follows the notebook's 'then compare it with the full-batch curve' by drawing both loss_GD and loss_BGD in one axes (a loop over the two, one point per epoch, legend 'full batch' / 'mini-batch'), labelled 'Epoch' / 'Loss (MSE)' and titled. loss_BGD is shown at every epoch with labels and a title; the extra curve is a comparison, not a decoy: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
fig, ax = plt.subplots()
for losses, name in [(loss_GD, "full batch"), (loss_BGD, "mini-batch")]:
    ax.plot(np.arange(1, len(losses) + 1), losses, marker="o", label=name)
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Full-batch and mini-batch gradient descent")
ax.legend()
plt.show()
''',
}
