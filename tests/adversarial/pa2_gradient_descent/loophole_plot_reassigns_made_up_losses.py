"""No tampering at all: each plot cell first overwrites the loss variable with made-up values
(loss_GD = np.array([5., 4., 3.]), likewise loss_BGD) and then plots it, with axis labels and
a title. It never plots the training losses, whatever they are: like the corpus's
plot_GD_hardcoded_values it deserves 0 on each plot part: labels and title count only on
axes that show the losses (form without substance, issue #10)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}


ANSWERS = {
    "plot_GD_answer": '''
loss_GD = np.array([5.0, 4.0, 3.0])
plt.plot(loss_GD)
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Full-batch gradient descent")
''',
    "plot_BGD_answer": '''
loss_BGD = np.array([6.0, 2.0, 1.0])
plt.plot(loss_BGD)
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Mini-batch gradient descent")
''',
}
