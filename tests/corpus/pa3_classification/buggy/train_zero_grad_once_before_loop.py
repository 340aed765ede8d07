"""train_epoch zeroes the gradients once, before the loop: from the second batch on, each step adds every gradient so far (25 - 10 = 15)."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 15, "evaluate": 20, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "train_epoch_answer": '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    optimizer.zero_grad()
    losses = []
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
