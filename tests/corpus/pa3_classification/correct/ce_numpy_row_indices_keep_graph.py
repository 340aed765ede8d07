"""Correct (cross_entropy), NumPy-first, where it does not matter: the student builds the row and column indices
as NumPy arrays (rows = np.arange(n), cols = targets.cpu().numpy()) and indexes the logits TENSOR with them,
logits[rows, cols]: indexing a tensor with integer arrays is an autograd-tracked gather, so the gradient still flows
into the picked logits. Everything touching the logits stays in torch: the row maximum (logits.max(dim=1)), the
shifted exp, the log of the sum. The targets are int64 class indices and never need a gradient, so sending them to
NumPy loses nothing. Value, stability, gradient, no ready-made loss -> full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    rows = np.arange(n)                      # numpy indices: fine, they carry no gradient
    cols = targets.detach().cpu().numpy()
    m = logits.max(dim=1).values             # torch: stays on the graph
    lse = m + torch.log(torch.exp(logits - m[:, None]).sum(dim=1))
    picked = logits[rows, cols]
    return (lse - picked).sum() / n
''',
}
