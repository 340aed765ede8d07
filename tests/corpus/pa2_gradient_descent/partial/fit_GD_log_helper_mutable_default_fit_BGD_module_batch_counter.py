"""Two state slips in two parts. (1) The fit_GD cell defines a logging helper with a mutable default,
def record(loss, log=[]): log.append(loss.item()); return log, and fit_GD does history = record(loss) each epoch and
returns np.array(history). The default list is made once, at the def: it keeps the losses of every earlier call, so
only the notebook's first call is right (the self-check gets 24 values for 4 epochs). Training is right: returns 0,
batches 8, update 10, loss 0 -> 18 (like the corpus' fit_BGD_mutable_default_history). (2) fit_BGD counts its batches
with a module-level counter, STEPS = 0 in the cell and `global STEPS; STEPS += 1` per batch, and reports
sum(batch_losses) / STEPS with batch_losses reset each epoch but STEPS never reset: the first epoch of the first call
is the mean, every later epoch (and every later call) divides by all the batches seen since the cell ran. Training is
right (torch.split, last batch short, one step per batch): returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 18, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def record(loss, log=[]):
    log.append(loss.item())
    return log


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history = record(loss)
    return np.array(history)
''',
    "fit_BGD_answer": '''
STEPS = 0   # number of batches processed


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    global STEPS
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
            STEPS += 1
        losses.append(sum(batch_losses) / STEPS)
    return np.array(losses)
''',
}
