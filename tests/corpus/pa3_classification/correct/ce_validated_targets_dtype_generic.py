"""Correct (cross_entropy), validates its inputs and is generic over dtype and size. logits must be a floating (n, K)
tensor with n >= 1 (an empty batch has no mean: ValueError); targets may come as (n,) or (n, 1) of any integer dtype
(reshape(-1).long(), which keeps a batch of one as (1,)), and each must lie in 0..K-1 (otherwise a ValueError saying
which, instead of an obscure index error). The row max is detached (a constant shift: value and gradient unchanged),
the true-class logit comes from gather on the logits themselves, and every step stays in the logits' dtype, so
float32 in gives float32 out and float64 in gives float64 out. The mean is sum / n. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def _as_class_indices(targets: torch.Tensor, n: int, k: int) -> torch.Tensor:
    """targets as an int64 vector of length n with values in 0..k-1, or a ValueError."""
    if not isinstance(targets, torch.Tensor):
        targets = torch.as_tensor(targets)
    if targets.is_floating_point() or targets.is_complex() or targets.dtype == torch.bool:
        raise ValueError(f"targets must hold integer class indices, got dtype {targets.dtype}")
    flat = targets.reshape(-1).long()
    if flat.numel() != n:
        raise ValueError(f"{n} rows of logits but {flat.numel()} targets")
    low, high = int(flat.min()), int(flat.max())
    if low < 0 or high >= k:
        raise ValueError(f"targets must lie in 0..{k - 1}, got values from {low} to {high}")
    return flat


def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    if not isinstance(logits, torch.Tensor) or not logits.is_floating_point() or logits.dim() != 2:
        raise ValueError("logits must be a floating-point tensor of shape (n, K)")
    n, k = logits.shape
    if n == 0:
        raise ValueError("the cross-entropy of an empty batch is undefined (no examples to average)")
    targets = _as_class_indices(targets, n, k).to(logits.device)
    shift = logits.max(dim=1, keepdim=True).values.detach()          # a constant per row
    log_sum_exp = shift + torch.log(torch.exp(logits - shift).sum(dim=1, keepdim=True))
    true_logit = logits.gather(1, targets.unsqueeze(1))
    per_example = (log_sum_exp - true_logit).squeeze(1)              # (n,), the logits' dtype
    return per_example.sum() / n
''',
}
