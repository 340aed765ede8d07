"""Cross-part dependency through a plotted variable. fit_GD is still the template stub, so loss_GD never exists. The plot_BGD cell follows the notebook's 'then compare it with the full-batch curve' by drawing BOTH curves in one axes: a loop over [(loss_GD, 'full batch'), (loss_BGD, 'mini-batch')], one point per epoch, labelled 'Epoch' / 'Loss (MSE)', titled, with a legend. Because loss_GD is missing, the cell raises NameError before drawing anything, in the student's run and in the grader's replay (which puts its values in loss_BGD only). Expected: fit_GD 0; plot_BGD 5, since Part 6 asks only for loss_BGD and the cell plots it right whenever Part 3 exists (plot_GD, replayed with the grader's loss_GD, keeps its 5 too). Arguable: the cell chose to depend on Part 3's variable, so a crash caused by Part 3's stub costs Part 6 too if the grader only substitutes loss_BGD."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    """Fit weight and bias by full-batch gradient descent."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
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
