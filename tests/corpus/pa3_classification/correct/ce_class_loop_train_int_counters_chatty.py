"""Loops and chatter (cross_entropy, train_epoch). cross_entropy adds up exp(z_k - max) one CLASS at a time, in a
Python loop over logits.shape[1] (any K), starting from logits.new_zeros(n) (the logits' dtype and device), then takes
max + log(sum) and subtracts the true-class logit picked with gather: the stable log-sum-exp, exact value and
gradient. train_epoch runs the reference order (train mode, zero_grad, forward, loss_fn, backward, step) inside an
explicit torch.enable_grad(), keeps the batch losses' sum as a Python float and the batches and examples as integer
counters, prints progress every 2 batches and a summary line, and warns once (warnings.warn, a module-level flag)
when a loader ends with a short batch. It returns the plain mean of the batch losses. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n, num_classes = logits.shape
    top = logits.max(dim=1).values                  # (n,): each row's largest logit
    sum_exp = logits.new_zeros(n)                   # same dtype and device as the logits
    for k in range(num_classes):                    # one class at a time; every exponent is <= 0
        sum_exp = sum_exp + torch.exp(logits[:, k] - top)
    log_sum_exp = top + torch.log(sum_exp)
    true_logit = logits.gather(1, targets.long().unsqueeze(1)).squeeze(1)
    return (log_sum_exp - true_logit).sum() / n
''',
    'train_epoch_answer': r'''
import warnings

LOG_EVERY = 2
_warned_short_batch = False


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    global _warned_short_batch
    model.train()
    total = 0.0                      # a Python float: no autograd graph is kept
    batches, examples = 0, 0         # integer counters
    first_size = None
    with torch.enable_grad():        # in case a caller switched autograd off
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            loss.backward()
            optimizer.step()
            value = loss.item()
            total += value
            batches += 1
            examples += len(targets)
            if first_size is None:
                first_size = len(targets)
            elif len(targets) < first_size and not _warned_short_batch:
                warnings.warn(f"the last batch has {len(targets)} examples, the others {first_size}")
                _warned_short_batch = True
            if batches % LOG_EVERY == 0:
                print(f"  batch {batches}: loss {value:.4f}, running mean {total / batches:.4f}")
    print(f"epoch: {batches} batches, {examples} examples, mean batch loss {total / batches:.4f}")
    return total / batches
''',
}
