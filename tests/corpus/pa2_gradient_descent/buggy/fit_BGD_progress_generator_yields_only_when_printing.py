"""fit_BGD wraps its batches in a home-made tqdm, progress(iterable, desc, every=5), a generator meant to yield every
item and print a counter every 5 items and at the last one. The slip is one indentation level: `yield item` sits
inside the `if i % every == 0 or i == total:` block, under the print, so the generator yields only the batches it
reports: batches 5, 10, 15, 20 of the notebook's 20 (only the last one whenever there are fewer than 5 batches). Each
update that happens is a correct step on its batch (torch.split, zero_grad, loss before the step) and the epoch loss
is the mean of the batch losses computed; but 4 of every 5 batches are never trained on. Like the corpus'
fit_BGD_range_stops_one_batch_early / fit_BGD_only_first_batch: returns 6, batches 0, update 10, loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def progress(iterable, desc="", every=5):
    """Minimal tqdm replacement."""
    items = list(iterable)
    total = len(items)
    for i, item in enumerate(items, start=1):
        if i % every == 0 or i == total:
            print(f"\r{desc} {i}/{total}", end="" if i < total else "\n")
            yield item


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in progress(zip(torch.split(X, batch_size), torch.split(Y, batch_size)), desc=f"epoch {epoch + 1}"):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
