"""plot_BGD plots np.log(loss_BGD) (natural log of the losses) with the y axis labelled 'ln(MSE)' and x 'Epoch'. The grader accepts logarithms of the values on an axis whose label says 'log'; 'ln' says the same thing: full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'plot_BGD_answer': '''
plt.plot(np.arange(1, len(loss_BGD) + 1), np.log(loss_BGD), "o-")
plt.xlabel("Epoch")
plt.ylabel("ln(MSE)")
plt.title("Mini-batch gradient descent (natural log of the loss)")
plt.show()
''',
}
