"""Slip (a class attribute shared between instances): the fit_GD cell defines a small LossLog class with
`values = []` written in the class body (meant as 'each log starts empty') and add()/as_array() methods; fit_GD makes
log = LossLog() in every call and returns log.as_array(). The list is ONE list on the class, shared by every
instance: the notebook's run_GD gets its 20 losses, but every later call returns all the losses of all earlier calls
followed by its own (the notebook's self-check already gets 24 values for num_epochs=4). Training is the reference's
(one full-data step per epoch under no_grad, grads zeroed, loss logged before the step). Like the corpus'
fit_BGD_mutable_default_history: returns 0 (wrong length), batches 8, update 10, loss 0 (the array is not this
call's epoch losses) -> 18."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 18, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
class LossLog:
    """Collects one loss per epoch."""
    values = []

    def add(self, loss):
        self.values.append(loss.item())

    def as_array(self):
        return np.array(self.values)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    log = LossLog()
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        log.add(loss)
    return log.as_array()
''',
}
