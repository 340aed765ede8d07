"""train_epoch calls optimizer.step() before loss.backward(): each step finds the gradients just zeroed, so the model never learns (25 - 25 = 0: mode and loss count only once the loop trains)."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 0, "evaluate": 20, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "train_epoch_answer": '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        optimizer.step()
        loss.backward()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
