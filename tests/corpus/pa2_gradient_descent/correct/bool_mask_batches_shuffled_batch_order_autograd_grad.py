"""Slower than the reference but reasonable, and random in another valid way. fit_BGD labels every point with its
batch number, batch_of = torch.arange(n) // batch_size (integer division, so the last batch is the partial one), and
each epoch visits the batches in a NEW random order, torch.randperm(K) with K = int(batch_of[-1]) + 1, picking each
batch with a boolean mask (batch_of == k): O(n) per batch instead of a view, harmless at the sizes of this assignment.
Each epoch still uses every point exactly once, in batches of batch_size (the notebook: 'shuffling the order each
epoch is also fine'). Gradients come from torch.autograd.grad(loss, (weight, bias)), so nothing accumulates in .grad
and nothing needs zeroing; fit_GD does the same. Losses are logged before each update; fit_BGD returns the mean of the
epoch's batch losses. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        grad_w, grad_b = torch.autograd.grad(loss, (weight, bias))
        with torch.no_grad():
            weight -= lr * grad_w
            bias -= lr * grad_b
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    batch_of = torch.arange(n) // batch_size
    K = int(batch_of[-1]) + 1
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for k in torch.randperm(K).tolist():
            mask = batch_of == k
            loss = loss_func(model(X[mask], weight, bias), Y[mask])
            grad_w, grad_b = torch.autograd.grad(loss, (weight, bias))
            with torch.no_grad():
                weight -= lr * grad_w
                bias -= lr * grad_b
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
