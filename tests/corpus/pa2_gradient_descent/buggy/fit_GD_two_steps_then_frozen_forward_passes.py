"""junk (fabricated history, dodging the 'made up' rule): fit_GD makes two honest full-data gradient steps (loss logged before each), then stops updating but keeps calling the model and loss every epoch (a forward pass whose result it ignores), and fills the remaining epochs with a geometric extrapolation of the first two losses, losses[-1] * (l1 / l0). Its returned array has the right length and dtype and decreases plausibly, and the model is called once per epoch, but from the third epoch on nothing is trained and the numbers are invented. Like the corpus' fit_GD_two_real_steps_then_extrapolates (which stops calling the model and is expected to earn 0): the work is not done, so fit_GD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        if epoch < 2:
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            losses.append(loss.item())
        else:
            # the curve is geometric anyway: extrapolate it instead of training
            losses.append(losses[-1] * losses[1] / losses[0])
    return np.array(losses)
''',
}
