"""A weak notebook assembled from tutorial snippets, three slips in three parts. (1) loss_func uses a module-level
criterion = nn.MSELoss(reduction="sum") (copied from a snippet that divided by the batch size later; here nothing
divides): the sum of the squared errors, not their mean -> value 0, one-element tensor 2, gradient 0 (n times the
MSE's) = 2. (2) fit_BGD leaves in the tutorial's torch.nn.utils.clip_grad_value_([weight, bias], 0.5) between
backward and the update: every gradient component is clamped to [-0.5, 0.5], so any step with a larger component is
not -lr * the batch's gradient. Batches (torch.split, last partial), zeroing, logging before the step and the mean of
the batch losses are right: returns 6, batches 8, update 0, loss 6 = 20. (3) plot_BGD draws and labels the curve
(ax.set_xlabel / ax.set_ylabel) but sets no title: curve 3, labels 1, title 0 = 4. model, fit_GD and plot_GD are
the reference (the fits are judged with the grader's model and loss, the plots on the grader's values)."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
import torch.nn as nn

criterion = nn.MSELoss(reduction="sum")


def loss_func(y_pred, y_true):
    return criterion(y_pred, y_true)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            torch.nn.utils.clip_grad_value_([weight, bias], 0.5)  # avoid exploding gradients
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(range(1, len(loss_BGD) + 1), loss_BGD, "o-")
ax.set_xlabel("Epoch")
ax.set_ylabel("Loss")
plt.show()
''',
    "discussion": r'''
Mini batch is better for big data because its faster and uses less memory, full batch is better for small data.
''',
}
