"""The most common notebook header: the student's FIRST answer cell (model) starts with `%matplotlib inline`, and neither plot cell calls plt.show() (with the inline backend, a figure left open is displayed at the end of its cell, so many students never write it). Both plot cells otherwise draw the reference's figures: loss per epoch, labelled and titled, and both figures appear in the notebook. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
%matplotlib inline


def model(data, weight, bias):
    return weight * data + bias
''',
    "plot_GD_answer": '''
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
''',
    "plot_BGD_answer": '''
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="o", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent");
''',
}
