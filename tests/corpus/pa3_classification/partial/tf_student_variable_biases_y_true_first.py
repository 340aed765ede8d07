"""Partial, a TensorFlow-first student with two slips in two parts, none calling another:
- mlp: weights as nn.Parameter but the biases as tf.Variable-like plain tensors, torch.zeros(H, requires_grad=True)
  kept as attributes: they are not registered, so model.parameters() has dH + HK numbers instead of
  dH + H + HK + K and the optimizer never moves the biases (they stay 0: an MLP without biases). Shape right,
  nonlinear, logits, every registered parameter reached: loses structure (4) -> 6;
- train_epoch: loss_fn(targets, logits) (Keras order y_true, y_pred): every call fails on the first batch, nothing
  is trained or returned -> 0. (In the notebook the training cell fails, so the plot is replayed with the
  grader's curves; the plot cell is the reference.)
Each part scored on its own: linear 10, mlp 6, cross_entropy 15, train_epoch 0, evaluate 20, plot 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.W1 = nn.Parameter(torch.randn(d, h) * (2 / d) ** 0.5)
        self.b1 = torch.zeros(h, requires_grad=True)          # tf.Variable(tf.zeros(h))
        self.W2 = nn.Parameter(torch.randn(h, k) * (1 / h) ** 0.5)
        self.b2 = torch.zeros(k, requires_grad=True)

    def forward(self, x):
        hidden = torch.relu(x @ self.W1 + self.b1)
        return hidden @ self.W2 + self.b2


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    epoch_losses = []
    for x, y in loader:
        optimizer.zero_grad()
        logits = model(x)
        loss = loss_fn(y, logits)   # loss(y_true, y_pred)
        loss.backward()
        optimizer.step()
        epoch_losses.append(float(loss))
    return sum(epoch_losses) / len(epoch_losses)
''',
}
