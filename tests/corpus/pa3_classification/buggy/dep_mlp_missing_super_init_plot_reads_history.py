"""Slip in Part 2, which the notebook's training cell needs before the plot: the student's MLP class forgets
super().__init__() in its __init__, so assigning the first nn.Linear raises AttributeError ("cannot assign module
before Module.__init__() call"): make_mlp never returns a model, mlp 0. The training cell therefore fails at
make_mlp(2, 128, 3) (after softmax regression trained), and mlp_history / train_losses / val_losses never exist.
The plot cell is right: it draws both labelled curves with labelled axes and a legend, and its title shows the
MLP's final validation accuracy from mlp_history["val_acc"][-1], which the training cell records. The notebook
promises the plot cell is re-run with the grader's curves and that a mistake in one part costs no points in another:
plot 10 (the slip is Part 2's)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="training")
plt.plot(epochs, val_losses, label="validation")
plt.xlabel("epoch")
plt.ylabel("mean cross-entropy")
plt.title(f"MLP: validation accuracy after {len(epochs)} epochs = {mlp_history['val_acc'][-1]:.2f}")
plt.legend()
plt.show()
''',
}
