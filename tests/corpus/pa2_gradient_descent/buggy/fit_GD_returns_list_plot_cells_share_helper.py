"""A bug in a fit and a plot helper that depends on it. fit_GD returns the Python list of losses instead of a NumPy array (like the corpus' fit_GD_returns_list: returns 0, batches 8, update 10, loss 6 -> 24). The plot_GD cell first prints the best epoch with loss_GD.argmin() (right for the array the spec asks fit_GD to return), then defines a helper draw_curve(losses, title) and draws loss_GD with it ('Epoch' / 'Loss (MSE)', titled); the plot_BGD cell calls the same helper for loss_BGD. In the student's own run loss_GD is a list, so the plot_GD cell stops at .argmin() and the helper is never defined (plot_BGD then fails too). With the losses the spec promises, both plot cells are right, and the plots are judged on the grader's values: plot_GD 5 and plot_BGD 5. Only fit_GD loses its returns criterion."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 24, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return losses
''',
    "plot_GD_answer": '''
print("lowest loss at epoch", loss_GD.argmin() + 1)


def draw_curve(losses, title, color="tab:blue"):
    fig, ax = plt.subplots()
    ax.plot(np.arange(1, len(losses) + 1), losses, marker="o", color=color)
    ax.set_xlabel("Epoch")
    ax.set_ylabel("Loss (MSE)")
    ax.set_title(title)
    plt.show()


draw_curve(loss_GD, "Full-batch gradient descent")
''',
    "plot_BGD_answer": '''
draw_curve(loss_BGD, "Mini-batch gradient descent", color="tab:orange")
''',
}
