"""plot_GD labels its axes in German: x 'Epoche' (epoch), y 'Verlust' (loss), title
'Gradientenabstieg (voller Batch)'. The README says labels must name the epoch on x and the loss on y
'in any wording'; the grader itself accepts the German 'Epoche' and the French 'époque' for the epoch,
so the German word for the loss names the loss just as well. Full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5, 'discussion': None}

ANSWERS = {
    'plot_GD_answer': r'''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoche")
plt.ylabel("Verlust")
plt.title("Gradientenabstieg (voller Batch)")
plt.show()
''',
}
