"""Type slip (a 16-bit accumulator): fit_GD trains like the reference (one full-data step per epoch, gradients zeroed,
loss taken before the update) but keeps its history in a pre-allocated bfloat16 tensor, history =
torch.zeros(num_epochs, dtype=torch.bfloat16) ('half the memory'), history[epoch] = loss.detach(), and returns
history.float().numpy(). bfloat16 keeps only 8 significant bits: every logged loss is rounded to 2-3 significant
digits (0.3137 -> 0.3145, 12.34 -> 12.31, 157.3 -> 157.0; relative errors up to 0.4%). The array has num_epochs float32 values and
the steps are right, but the reported losses are not the epoch losses: returns 6, batches 8, update 10, loss 0 -> 24
(like the corpus' fit_BGD_float16_epoch_losses)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 24, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = torch.zeros(num_epochs, dtype=torch.bfloat16)  # half the memory of float32
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        history[epoch] = loss.detach()
    return history.float().numpy()
''',
}
