"""Three slips from copied idioms, in three parts. (1) model is decorated with @torch.no_grad() (the student copied
the decorator from a 'predict' helper): its values (weight * data + bias) and shape are right, but the output never
requires grad, so no gradient reaches weight or bias -> values 6, shape 2, gradient 0 = 8. (2) fit_GD uses
torch.optim.SGD plus an ExponentialLR(optimizer, gamma=0.9) that it steps once per epoch (correctly placed for a
scheduler, but Part 3 asks for a fixed lr): update t is 0.9^t * lr * gradient, so only the first update is right.
One full-data update per epoch, loss logged before it: returns 6, batches 8, update 0, loss 6 = 20. (3) plot_BGD
sets ax.set(ylabel=..., title=...) and forgets the x label: curve 3, labels 0, title 1 = 4. loss_func, fit_BGD and
plot_GD are the reference; in the notebook the fits call the no-grad model and raise on backward(), so loss_GD and
loss_BGD never exist: the fits are judged with the grader's model and the plots on the grader's values."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "model_answer": r'''
@torch.no_grad()
def model(data, weight, bias):
    return weight * data + bias
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
    losses = []
    for epoch in range(num_epochs):
        optimizer.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        scheduler.step()  # once per epoch
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="o")
ax.set(ylabel="Mean batch loss", title="Mini-batch gradient descent")
plt.show()
''',
    "discussion": r'''
Use mini-batch when the dataset is large, since each update is cheaper and there are more updates per epoch.
The updates are noisier. Full batch is smoother but slow for big data.
''',
}
