"""evaluate as the reference (model.eval(), torch.no_grad(), exact mean loss, counted accuracy) but, to free memory between epochs, deletes the last batch's tensors and calls gc.collect() before returning (import gc inside the cell). Harmless housekeeping, no grader object touched: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import gc


def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    del logits
    gc.collect()  # free the last batch's tensors
    return total_loss / count, correct / count
''',
}
