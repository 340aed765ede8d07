"""cross_entropy calls nll_loss imported by name (from torch.nn.functional import nll_loss): loses by_hand (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'cross_entropy_answer': '''
from torch.nn.functional import nll_loss

def cross_entropy(logits, targets):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    return nll_loss(log_probs, targets)
''',
}
