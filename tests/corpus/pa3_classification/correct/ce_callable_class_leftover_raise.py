"""cross_entropy is an INSTANCE of the student's own class with __call__ (cross_entropy = StableCrossEntropy()), computing logsumexp minus the true-class logit picked with gather; __call__ has a guard branch `if logits.ndim != 2: return None` (never taken for (n, K) logits), and the template's `raise NotImplementedError()` is left AFTER the return, where it is unreachable. Behaves exactly as asked: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
class StableCrossEntropy:
    """Mean cross-entropy of logits (n, K) against class indices (n,)."""

    def __call__(self, logits, targets):
        if logits.ndim != 2:
            print("expected logits of shape (n, K)")
            return None
        lse = torch.logsumexp(logits, dim=1)
        true_logit = logits.gather(1, targets.view(-1, 1)).squeeze(1)
        return (lse - true_logit).mean()
        # YOUR CODE HERE
        raise NotImplementedError()


cross_entropy = StableCrossEntropy()
''',
}
