"""fit_BGD trains in double precision: X and Y are converted with .to(torch.float64), the parameters are float64
leaves from torch.full((1,), 0.1, dtype=torch.float64, requires_grad=True); the batches are index tensors from
torch.arange(n).split(batch_size) (last one partial) used with index_select; gradients come from
torch.autograd.grad and the parameters are updated out of place and re-marked as leaves
(w = (w - lr * gw).detach().requires_grad_()). The epoch loss is statistics.fmean of the batch losses. Correct
mini-batch gradient descent: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
import statistics


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    X, Y = X.to(torch.float64), Y.to(torch.float64)
    w = torch.full((1,), 0.1, dtype=torch.float64, requires_grad=True)
    b = torch.full((1,), 0.1, dtype=torch.float64, requires_grad=True)
    result = []
    for _ in range(num_epochs):
        per_batch = []
        for idx in torch.arange(X.shape[0]).split(batch_size):
            xb, yb = X.index_select(0, idx), Y.index_select(0, idx)
            loss = loss_func(model(xb, w, b), yb)
            gw, gb = torch.autograd.grad(loss, (w, b))
            w = (w - lr * gw).detach().requires_grad_()
            b = (b - lr * gb).detach().requires_grad_()
            per_batch.append(float(loss))
        result.append(statistics.fmean(per_batch))
    return np.asarray(result, dtype=np.float64)
''',
}
