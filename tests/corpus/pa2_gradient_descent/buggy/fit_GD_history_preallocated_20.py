"""Slip (size taken from the notebook): fit_GD pre-allocates its history as np.zeros(20) ('one slot per epoch', the notebook's num_epochs), fills history[epoch] = loss.item() and returns history[:num_epochs]. Training is the reference's (one full-data step per epoch under no_grad, grads zeroed, loss logged before the step). For num_epochs <= 20 it is exactly right, so the notebook's run and its self-check (4 epochs) pass; for num_epochs > 20 the 21st epoch raises IndexError ('index 20 is out of bounds for axis 0 with size 20') and the function returns nothing. The spec takes any num_epochs ('number of epochs'), and the notebook's own exercise invites other runs. A function that fails on a whole class of valid inputs earns what the corpus gives the other input-dependent crashes (fit_BGD_assert_batch_size_divides_n, fit_BGD_while_start_not_equal_n: 0): fit_GD 0, provided the grader tries a num_epochs above the notebook's 20. If the grader only tries fewer epochs than the notebook (it draws 5-9), it cannot see the bug and gives 30: that is the disagreement this case is meant to expose."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = np.zeros(20)  # one slot per epoch
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history[epoch] = loss.item()
    return history[:num_epochs]
''',
}
