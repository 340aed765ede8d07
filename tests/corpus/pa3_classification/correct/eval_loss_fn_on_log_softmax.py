"""Correct (evaluate), F.log_softmax before the loss: "the loss wants log-probabilities, as nll_loss does", so evaluate passes F.log_softmax(model(inputs), dim=1) to loss_fn instead of the raw logits, and takes the predictions as the argmax of those log-probabilities. Unlike buggy/eval_loss_on_probabilities (softmax, which changes the loss), log-probabilities ARE logits of the same classifier: log_softmax(log_softmax(z)) = log_softmax(z), so any loss of the logits through their softmax (the notebook's cross-entropy, or one with label smoothing, times any factor) gives exactly the same number, and the argmax is the same (the README accepts log-probabilities as logits: correct/linear_log_softmax_output). model.eval(), torch.no_grad(), the exact mean loss (batch mean times its size, over all examples), hits counted over all examples: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    loss_sum, hits, seen = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            log_probs = F.log_softmax(model(inputs), dim=1)    # log-probabilities (still logits)
            loss_sum += loss_fn(log_probs, targets).item() * len(targets)
            hits += (log_probs.argmax(dim=1) == targets).sum().item()
            seen += len(targets)
    return loss_sum / seen, hits / seen
''',
}
