"""Three state slips in three parts. (1) fit_GD pairs parameters with their gradients through a generator made once,
before the epoch loop: grads = (p.grad for p in params), then `for p, g in zip(params, grads): p -= lr * g` each
epoch. The generator is consumed by the first epoch's update; from the second epoch on zip is empty and nothing
moves, so each call makes ONE right update and then logs the same loss num_epochs - 1 times. Like the corpus'
fit_BGD_zip_iterator_built_once (only the first epoch trains): returns 6 (finite floats), batches 0 (the later epochs
make no update), update 10 (the step it makes is right), loss 6 (honest losses, before each epoch's (non-)update) -> 22
(arguable, lower if one counts it close to fit_GD_forgets_update). (2) loss_func stores the point count on itself at
its first call (loss_func.n) and divides sums by it forever: value 0, tensor 2, gradient 0 -> 2. (3) plot_GD is right
(fig, ax = plt.subplots()); plot_BGD reuses that global ax without making a new figure, so nothing is displayed for
Part 6: plot_BGD 0. plot_GD 5, fit_BGD (reference, judged with the grader's loss) 30.

Graded as the grader's rubric scores it (fit_GD 22 -> 16).
"""

EXPECTED = {'model': 10, 'loss_func': 2, 'fit_GD': 16, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 0, 'discussion': None}

ANSWERS = {
    "loss_func_answer": '''
def loss_func(y_pred, y_true):
    if not hasattr(loss_func, "n"):
        loss_func.n = y_true.numel()
    return ((y_pred - y_true) ** 2).sum() / loss_func.n
''',
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    params = (weight, bias)
    grads = (p.grad for p in params)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            for p, g in zip(params, grads):
                p -= lr * g
        for p in params:
            p.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss (MSE)")
ax.set_title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
