"""A weak student copying the PyTorch tutorial's loops and a Keras blog's plot, three slips in three parts:
train_epoch (tutorial loop: model.train(), forward, loss_fn, backward, step, zero_grad after the step: all right)
returns running_loss / len(loader.dataset), the sum of the batch MEAN losses over the number of EXAMPLES (the
tutorial's `size`), about batch-size times too small: loses loss (6) -> 19. evaluate (@torch.no_grad(),
model.eval(), accuracy correct / len(loader.dataset): right) adds loss_fn(...).item() * len(X), a batch TOTAL, but
divides by num_batches = len(loader): the loss is the mean times the batch size: loses loss (6) -> 14. The plot
(both curves, x "epoch", title, legend) keeps the blog's y label "accuracy" although it shows losses: loses one of
the two label points -> 9.

Graded as the grader's rubric scores it (plot_curves 9 -> 8).
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 14, 'plot_curves': 8, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    size = len(loader.dataset)
    model.train()
    running_loss = 0.0
    for batch, (X, y) in enumerate(loader):
        pred = model(X)
        loss = loss_fn(pred, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        running_loss += loss.item()
    return running_loss / size
''',
    'evaluate_answer': r'''
@torch.no_grad()
def evaluate(model, loader, loss_fn):
    size = len(loader.dataset)
    num_batches = len(loader)
    model.eval()
    test_loss, correct = 0.0, 0.0
    for X, y in loader:
        pred = model(X)
        test_loss += loss_fn(pred, y).item() * len(X)
        correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    return test_loss / num_batches, correct / size
''',
    'plot_curves_answer': r'''
epochs = range(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, "b", label="Training loss")
plt.plot(epochs, val_losses, "r--", label="Validation loss")
plt.title("Training and validation loss")
plt.xlabel("Epochs")
plt.ylabel("Accuracy")
plt.legend()
plt.show()
''',
}
