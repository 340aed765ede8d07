"""fit_GD keeps the detached loss tensors and stacks them at the end, setting .grad to None; fit_BGD shuffles with torch.randperm each epoch and picks batches with index_select: fully correct."""
EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}
ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    w = torch.randn(1).requires_grad_()
    b = torch.randn(1).requires_grad_()
    kept = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, w, b), Y)
        kept.append(loss.detach())
        loss.backward()
        with torch.no_grad():
            for p in (w, b):
                p.sub_(lr * p.grad)
                p.grad = None
    return torch.stack(kept).numpy()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    w = torch.randn(1).requires_grad_()
    b = torch.randn(1).requires_grad_()
    out = []
    for _ in range(num_epochs):
        order = torch.randperm(X.shape[0])
        epoch = []
        for chunk in order.split(batch_size):
            loss = loss_func(model(X.index_select(0, chunk), w, b), Y.index_select(0, chunk))
            epoch.append(loss.item())
            loss.backward()
            with torch.no_grad():
                for p in (w, b):
                    p -= lr * p.grad
                    p.grad.zero_()
        out.append(float(np.mean(epoch)))
    return np.array(out)
''',
}
