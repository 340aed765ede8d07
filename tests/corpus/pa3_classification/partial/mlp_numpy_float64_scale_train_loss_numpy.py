"""Two slips in two parts (mlp, train_epoch).

mlp, a float64 tensor from numpy mixed with the caller's float32: the student scales the inputs by a fixed factor
kept as a buffer made with numpy, torch.from_numpy(np.full(in_features, 1 / 0.6)). numpy makes float64, so
x * scale is float64 for the float32 inputs of the spec, and the first nn.Linear (float32) raises "mat1 and mat2 must
have the same dtype" on every call. Nothing can be judged from the outputs: mlp 0 (as buggy/linear_float64_layer).

train_epoch, .numpy() on a tensor that requires grad: the losses are stored as numpy values for np.mean,
losses.append(loss.numpy()), after the step. The first batch is trained right (train mode, zero_grad, forward,
loss_fn, backward, step), then loss.numpy() raises "Can't call numpy() on Tensor that requires grad": no further batch
is trained and nothing is returned. Mode (4) and the one right update (10) stand; batches (5) and loss (6) lost -> 14
(as buggy/train_uses_helper_defined_later, which also fails after its first step).

In the notebook both self-checks fail, and the training cell fails (in train_epoch, on softmax regression's first
epoch); the plot is replayed with the grader's curves. Everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 14, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class ScaledMLP(nn.Module):
    """Scales the inputs (the spirals reach radius 1; 1 / 0.6 spreads them a little), then Linear, ReLU, Linear."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.register_buffer("scale", torch.from_numpy(np.full(in_features, 1 / 0.6)))
        self.net = nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(),
                                 nn.Linear(hidden_units, num_classes))

    def forward(self, x):
        return self.net(x * self.scale)


def make_mlp(in_features, hidden_units, num_classes):
    return ScaledMLP(in_features, hidden_units, num_classes)
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.numpy())
    return float(np.mean(losses))
''',
}
