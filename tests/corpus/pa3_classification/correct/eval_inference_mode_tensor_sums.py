"""evaluate runs under torch.inference_mode() (stricter than no_grad, and allowed for evaluation) and keeps running TENSOR sums: the loss weighted by each batch's size, the number of correct predictions (a long tensor) and the number of examples; it converts to floats only at the end. model.eval() first: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    with torch.inference_mode():
        loss_sum = torch.zeros((), dtype=torch.float64)
        hits = torch.zeros((), dtype=torch.long)
        seen = torch.zeros((), dtype=torch.long)
        for inputs, targets in loader:
            logits = model(inputs)
            batch = targets.numel()
            loss_sum += loss_fn(logits, targets).double() * batch
            hits += (logits.argmax(dim=-1) == targets).sum()
            seen += batch
        mean_loss = (loss_sum / seen).item()
        accuracy = (hits.double() / seen).item()
    return mean_loss, accuracy
''',
}
