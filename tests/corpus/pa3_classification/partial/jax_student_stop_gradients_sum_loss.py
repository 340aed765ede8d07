"""Partial, a JAX-first student with three slips in three parts, none calling another:
- cross_entropy: the log-sum-exp computed in NumPy on the detached logits (as jax.nn.logsumexp on a jnp array) and
  brought back with torch.as_tensor; the value is right and stable, by hand, but autograd sees only -z_y: the
  gradient is -one_hot / n: loses gradient (2) -> 13;
- train_epoch: the step is taken on the batch SUM (loss_fn(...) * n_B, as a JAX loss summed with jnp.sum), reported
  as total / examples (the exact mean, accepted); mode and batches right, but each SGD step is n_B times too long:
  loses update (10) -> 15;
- evaluate: jax.lax.stop_gradient's counterpart, model(x).detach(), instead of torch.no_grad(): right numbers and
  eval mode, but autograd records every forward pass: loses no_grad (4) -> 16.
Each part scored on its own: linear 10, mlp 10, cross_entropy 13, train_epoch 15, evaluate 16, plot 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 15, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    z = logits.detach().numpy()
    zmax = z.max(axis=-1)
    lse = torch.as_tensor(zmax + np.log(np.exp(z - zmax[:, None]).sum(axis=-1)), dtype=logits.dtype)
    z_true = torch.take_along_dim(logits, targets[:, None], dim=-1)[:, 0]
    return torch.mean(lse - z_true)
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    total, n = 0.0, 0
    for x, y in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(x), y) * y.shape[0]   # summed over the batch, as jnp.sum
        loss.backward()
        optimizer.step()
        total += loss.item()
        n += y.shape[0]
    return total / n
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total, right, n = 0.0, 0, 0
    for x, y in loader:
        logits = model(x).detach()    # stop_gradient
        total += loss_fn(logits, y).item() * y.shape[0]
        right += int((logits.argmax(-1) == y).sum())
        n += y.shape[0]
    return total / n, right / n
''',
}
