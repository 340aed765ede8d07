r"""plot_GD draws the losses with plt.step(where='mid') over range(1, n+1), x labelled r'epoch $t$', y labelled in mathtext r'$\mathcal{L}(w, b)$' (the loss L(w, b) of the notebook), a left-aligned title (loc='left') and a legend; plot_BGD uses ax.errorbar with 10% error bars and fmt='s-', the title set through ax.title.set_text. Both figures show every epoch's loss in order, labelled and titled: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
epochs = range(1, len(loss_GD) + 1)
plt.step(epochs, loss_GD, where="mid", label="full batch")
plt.xlabel(r"epoch $t$")
plt.ylabel(r"$\mathcal{L}(w, b)$")
plt.title("Full-batch gradient descent", loc="left")
plt.legend()
plt.show()
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots(figsize=(6, 4))
epochs = np.arange(1, len(loss_BGD) + 1)
ax.errorbar(epochs, loss_BGD, yerr=0.1 * np.asarray(loss_BGD), fmt="s-", capsize=3)
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.title.set_text("Mini-batch gradient descent")
plt.show()
''',
}
