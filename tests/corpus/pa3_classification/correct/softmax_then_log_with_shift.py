"""Cross-entropy through a stable softmax (rows shifted by their max) and the log of the picked probability, clamped away from 0; subplots with figure-level suptitle and axis labels set one by one: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    shifted = logits - logits.max(dim=1, keepdim=True).values
    exp = shifted.exp()
    probs = exp / exp.sum(dim=1, keepdim=True)
    picked = probs[torch.arange(len(targets)), targets]
    return -torch.log(picked.clamp_min(1e-30)).mean()
''',
    'plot_curves_answer': '''
fig, ax = plt.subplots(figsize=(7, 3))
ax.plot(np.arange(len(train_losses)) + 1, np.array(train_losses), color="tab:blue", label="train")
ax.plot(np.arange(len(val_losses)) + 1, np.array(val_losses), color="tab:red", label="validation")
ax.set_xlabel("Training epoch")
ax.set_ylabel("Cross-entropy loss")
fig.suptitle("MLP learning curves")
ax.legend(loc="upper right")
plt.show()
''',
}
