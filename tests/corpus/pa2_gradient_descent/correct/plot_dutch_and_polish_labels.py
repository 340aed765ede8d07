"""Plots labelled in the student's own language. plot_GD (a Dutch student): x 'Epoch', y 'Verlies' (Dutch for
loss), title 'Volledige-batch gradiëntafdaling'. plot_BGD (the Polish project partner): x 'Epoka' (epoch),
y 'Strata' (loss), title 'Spadek wzdłuż gradientu z mini-batchami'. The curves are loss_GD / loss_BGD, one
point per epoch. The README says labels are judged 'in any wording', and the corpus accepts German
('Epoche' / 'Verlust'), Spanish and Portuguese labels, so these name the epoch and the loss just as well:
full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Verlies")
plt.title("Volledige-batch gradiëntafdaling")
plt.show()
''',
    "plot_BGD_answer": r'''
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", color="tab:orange")
plt.xlabel("Epoka")
plt.ylabel("Strata")
plt.title("Spadek wzdłuż gradientu z mini-batchami")
plt.show()
''',
}
