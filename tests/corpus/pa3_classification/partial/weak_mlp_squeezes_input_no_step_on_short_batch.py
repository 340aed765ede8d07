"""A weak submission with two slips in two parts, both hidden by the notebook's sizes.

Part 2 (mlp): the student's MLP class (Linear, ReLU, Linear, right sizes) starts its forward with x = x.squeeze()
("in case a batch comes as (n, 1, d)"). For n >= 2 examples with d >= 2 features nothing changes (the notebook,
the self-check's make_mlp(2, 10, 3) on 50 points). For a batch of ONE example the model returns (K,) instead of
(1, K) (as buggy/mlp_squeeze_drops_batch_of_one, which squeezes the output); for one-feature data (d = 1) the
inputs become (n,) and the first layer raises (mat1 and mat2 shapes) for every n > 1. Exposed by
make_mlp(2, 8, 3)(torch.randn(1, 2)) and make_mlp(1, 8, 3)(torch.randn(5, 1)). Structure and gradients right;
shape lost on two classes of inputs -> 6 (the grader: the shape criterion, 3 -> 7).

Part 4 (train_epoch): "a short last batch gives a noisy gradient", so optimizer.step() is only called when the
batch is full (len(targets) == loader.batch_size); zero_grad, forward, loss_fn and backward run on every batch and
every batch's loss (before any step) counts in the returned mean. The notebook's train_loader divides evenly (75 =
3 x 25), so there it is the reference; on any loader with a short last batch (the self-check's 20 points in batches
of 6, which catches it) that batch is never trained: not one step per batch, as the spec asks. Mode, batches and
loss right; update (10) lost -> 15.

Predicted: linear 10, mlp 6 (graded 7), cross_entropy 15, train_epoch 15, evaluate 20, plot 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_units)
        self.fc2 = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        x = x.squeeze()                  # in case a batch comes as (n, 1, d)
        return self.fc2(torch.relu(self.fc1(x)))


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
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
        if len(targets) == loader.batch_size:   # skip the noisy gradient of a short last batch
            optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
