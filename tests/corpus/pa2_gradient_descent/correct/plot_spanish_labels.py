"""Both plots labelled in Spanish: plot_GD x 'Época', y 'Pérdida (ECM)', title 'Descenso de gradiente (lote completo)'; plot_BGD x 'Épocas', y 'Error cuadrático medio', title 'Descenso de gradiente por mini-lotes'. 'Época' is the Spanish for epoch and 'pérdida' / 'error cuadrático medio' name the loss; the README accepts labels 'in any wording' and the corpus accepts German labels (plot_german_labels). Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
plt.xlabel("Época")
plt.ylabel("Pérdida (ECM)")
plt.title("Descenso de gradiente (lote completo)")
plt.show()
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:green")
ax.set_xlabel("Épocas")
ax.set_ylabel("Error cuadrático medio")
ax.set_title("Descenso de gradiente por mini-lotes")
plt.show()
''',
}
