"""train_epoch calls model.train() at every batch and returns np.mean of the batch losses; evaluate accumulates with torch.no_grad as a decorator on an inner function: fully correct."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 20, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "train_epoch_answer": '''
def train_epoch(model, loader, loss_fn, optimizer):
    losses = []
    for inputs, targets in loader:
        model.train()
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return np.mean(losses)
''',
    "evaluate_answer": '''
def evaluate(model, loader, loss_fn):
    @torch.no_grad()
    def run():
        total, right, n = 0.0, 0, 0
        for x, y in loader:
            out = model(x)
            total += float(loss_fn(out, y)) * len(y)
            right += (out.argmax(-1) == y).sum().item()
            n += len(y)
        return total / n, right / n
    model.eval()
    return run()
''',
}
