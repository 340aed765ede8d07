"""fit_BGD is declared with default arguments taken from the notebook's globals, def fit_BGD(model=model, loss_func=loss_func, X=X, Y=Y, lr=lr, num_epochs=num_epochs, batch_size=10), so that 'fit_BGD()' works for quick experiments; all those names exist when the cell runs (lr and num_epochs come from the run_GD cell). Every caller, the notebook's and the grader's, passes all seven arguments, which override the defaults, and the body uses only its parameters: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model=model, loss_func=loss_func, X=X, Y=Y, lr=lr, num_epochs=num_epochs, batch_size=10):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for i in range(0, len(X), batch_size):
            loss = loss_func(model(X[i:i + batch_size], weight, bias), Y[i:i + batch_size])
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)


print(fit_BGD(num_epochs=3))  # quick try with the notebook's data
''',
}
