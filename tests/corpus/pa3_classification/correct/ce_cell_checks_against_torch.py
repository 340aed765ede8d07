"""The cross-entropy cell starts with torch.backends flags copied from a reproducibility snippet (torch.backends.cudnn.deterministic = True, benchmark = False), defines cross_entropy by hand (log-sum-exp with the row max, true class by advanced indexing), and then, at cell level, compares it with the ready-made loss on random logits: `assert torch.allclose(cross_entropy(z, t), F.cross_entropy(z, t))` and a print of both. F.cross_entropy is used only by the student's own check outside the function; the function computes the loss itself: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False


def cross_entropy(logits, targets):
    m = logits.max(dim=1).values
    lse = m + torch.log(torch.exp(logits - m[:, None]).sum(dim=1))
    return (lse - logits[torch.arange(logits.shape[0]), targets]).mean()


# my own check against PyTorch
_z, _t = 5 * torch.randn(10, 4), torch.randint(0, 4, (10,))
assert torch.allclose(cross_entropy(_z, _t), F.cross_entropy(_z, _t), atol=1e-6)
print("mine:", cross_entropy(_z, _t).item(), "torch:", F.cross_entropy(_z, _t).item())
''',
}
