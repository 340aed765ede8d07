"""cross_entropy indexes logits[:, targets], an n x n block, instead of one logit per row: wrong value and gradient, still stable (15 - 7 - 2 = 6)."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 6, "train_epoch": 25, "evaluate": 20, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "cross_entropy_answer": '''
def cross_entropy(logits, targets):
    lse = torch.logsumexp(logits, dim=1)
    return (lse - logits[:, targets]).mean()
''',
}
