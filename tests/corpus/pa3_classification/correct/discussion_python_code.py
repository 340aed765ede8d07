"""The discussion cell holds code instead of prose (the student pasted the early-stopping snippet they tried, in a
fenced Python block, with one comment line). Hand-graded: None; every autograded part (reference) full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'discussion': '''```python
# early stopping: keep the best epoch
best = int(np.argmin(val_losses))
print("stop at epoch", best + 1, "val loss", val_losses[best])
```''',
}
