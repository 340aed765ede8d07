"""Device-agnostic habits, all harmless on the grader's CPU: fit_GD and fit_BGD pick
device = "cuda" if torch.cuda.is_available() else "cpu", move X and Y there, and make the parameters like the data:
weight = X.new_empty(1).uniform_(0, 1).requires_grad_(), bias = torch.zeros_like(weight, requires_grad=True) (a zero
bias is allowed: 'initialise however you like'). Updates use weight.sub_(weight.grad, alpha=lr) under torch.no_grad
and then .grad.zero_(). fit_GD records float(loss.detach().cpu()); fit_BGD sums its batch losses in a float64 0-d
tensor on the device, epoch_total = torch.zeros((), dtype=torch.float64, device=device), counts batches in an int,
and writes epoch_total.item() / count into a pre-allocated float64 np.empty(num_epochs). Batches are torch.split
(last partial kept). On CPU every value is the reference's; full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
device = "cuda" if torch.cuda.is_available() else "cpu"


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    X, Y = X.to(device), Y.to(device)
    weight = X.new_empty(1).uniform_(0, 1).requires_grad_()
    bias = torch.zeros_like(weight, requires_grad=True)
    losses = np.empty(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight.sub_(weight.grad, alpha=lr)
            bias.sub_(bias.grad, alpha=lr)
        weight.grad.zero_()
        bias.grad.zero_()
        losses[epoch] = float(loss.detach().cpu())
    return losses
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    X, Y = X.to(device), Y.to(device)
    weight = X.new_empty(1).uniform_(0, 1).requires_grad_()
    bias = torch.zeros_like(weight, requires_grad=True)
    losses = np.empty(num_epochs, dtype=np.float64)
    for epoch in range(num_epochs):
        epoch_total = torch.zeros((), dtype=torch.float64, device=device)
        count = 0
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight.sub_(weight.grad, alpha=lr)
                bias.sub_(bias.grad, alpha=lr)
                epoch_total += loss.detach().double()
            weight.grad.zero_()
            bias.grad.zero_()
            count += 1
        losses[epoch] = epoch_total.item() / count
    return losses
''',
}
