"""ONE slip in fit_GD (autograd: retain_graph as a 'fix'). The student computes the prediction ONCE before the loop
('the data never change') and only the loss inside it. The second epoch then raised 'Trying to backward through the
graph a second time ... specify retain_graph=True', and the student did exactly that: loss.backward(retain_graph=True).
Now it runs without error (the in-place updates under no_grad do not invalidate the saved tensors, because the
product saves the data, not the weight), but every epoch back-propagates the SAME graph at the INITIAL parameters:
each step repeats the first gradient (only the first update is a gradient step at the current parameters) and every
logged loss is the initial loss. The model is called once for num_epochs logged losses: README, form without
substance: 'a fit whose returned losses were computed by no training (more epochs than forward passes ...)' earns 0
on its part. fit_GD 0; everything else is the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    y_pred = model(X, weight, bias)       # the data never change, so predict once
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(y_pred, Y)
        loss.backward(retain_graph=True)  # PyTorch asked for retain_graph=True in the second epoch
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
