"""Partial, a NumPy-first student with three slips in three parts, none calling another:
- mlp: the hidden ReLU is np.clip(a.detach().numpy(), 0, None) brought back with torch.from_numpy: right
  architecture and shape, nonlinear logits, but no gradient reaches the first layer: loses gradient (3) -> 7;
- train_epoch: the batch losses go into torch.zeros(len(loader), dtype=torch.long) ("a slot per batch"), so each
  loss.item() is truncated to an integer when stored; the training itself is right: loses loss (6) -> 19;
- plot_curves: plt.plot(np.vstack([train_losses, val_losses])) (rows as series, as in MATLAB/NumPy thinking):
  matplotlib draws the 60 columns as two-point segments, neither curve is drawn: nothing -> 0.
Each part is scored on its own: linear 10, mlp 7, cross_entropy 15, train_epoch 19, evaluate 20, plot 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.l1 = nn.Linear(d, h)
        self.l2 = nn.Linear(h, k)

    def forward(self, x):
        a = self.l1(x)
        h = torch.from_numpy(np.clip(a.detach().numpy(), 0, None))
        return self.l2(h)


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = torch.zeros(len(loader), dtype=torch.long)
    for i, (x, y) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses[i] = loss.item()
    return losses.float().mean().item()
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
curves = np.vstack([train_losses, val_losses])
plt.figure()
plt.plot(curves)
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("training vs validation loss")
plt.legend(["train", "validation"])
plt.show()
''',
}
