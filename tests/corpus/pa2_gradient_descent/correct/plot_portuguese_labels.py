"""Both plots labelled in Portuguese: plot_GD x 'Época', y 'Perda (EQM)', title 'Descida do gradiente (lote completo)'; plot_BGD x 'Épocas', y 'Erro quadrático médio', title 'Descida do gradiente por mini-lotes'. 'Época' is epoch, 'perda' is loss and 'erro quadrático médio' is mean squared error (EQM = MSE). The README accepts labels 'in any wording' and the corpus accepts German and Spanish labels (plot_german_labels, plot_spanish_labels); the grader's own word list already knows the Portuguese 'iteração' for the x axis. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
plt.xlabel("Época")
plt.ylabel("Perda (EQM)")
plt.title("Descida do gradiente (lote completo)")
plt.show()
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:orange")
ax.set_xlabel("Épocas")
ax.set_ylabel("Erro quadrático médio")
ax.set_title("Descida do gradiente por mini-lotes")
plt.show()
''',
}
