"""evaluate runs the model on the first batch of the loader only: its modes are right, its loss and accuracy cover part of the data (20 - 6 - 6 = 8)."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 8, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "evaluate_answer": '''
def evaluate(model, loader, loss_fn):
    model.eval()
    inputs, targets = next(iter(loader))
    with torch.no_grad():
        logits = model(inputs)
        loss = loss_fn(logits, targets).item()
        acc = (logits.argmax(dim=1) == targets).float().mean().item()
    return loss, acc
''',
}
