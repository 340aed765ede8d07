"""evaluate restores the mode the model was in, under torch.set_grad_enabled(False); train_epoch zeroes with set_to_none after the step and keeps a detached running total; the plot passes two (y, format) pairs in one call and labels the legend with a list: fully correct."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 20, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "train_epoch_answer": '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train(True)
    running, batches = torch.zeros(()), 0
    for batch in loader:
        x, y = batch
        out = model(x)
        loss = loss_fn(out, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        running += loss.detach()
        batches += 1
    return float(running / batches)
''',
    "evaluate_answer": '''
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    losses, hits, seen = [], 0, 0
    with torch.set_grad_enabled(False):
        for x, y in loader:
            out = model(x)
            losses.append(loss_fn(out, y).item() * y.shape[0])
            hits += int((out.argmax(1) == y).sum())
            seen += y.shape[0]
    model.train(was_training)
    return sum(losses) / seen, hits / seen
''',
    "plot_curves_answer": '''
plt.plot(train_losses, "b-", val_losses, "r--")
plt.legend(["train", "validation"])
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Learning curves")
plt.show()
''',
}
