"""A weak submission with four honest slips in four parts. make_mlp reuses the (correct) Part 1 builder for its
hidden layer, make_linear_classifier(d, H), then ReLU, but builds its output layer as nn.Linear(H, K, bias=False):
K parameters short (loses structure 4 -> 6). cross_entropy shifts each row by its max but forgets to add it back
(loses value 7 and gradient 2 -> 6, as buggy/ce_forgets_to_add_max_back). train_epoch returns the last batch's loss
instead of the mean (loses loss 6 -> 19). The plot draws only the training curve (labelled, axes labelled, titled,
legend; loses val 3 -> 7). Predicted: linear 10, mlp 6, cross_entropy 6, train_epoch 19, evaluate 20, plot 7; each
message should name its own part's slip."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 6, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 7, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(
        make_linear_classifier(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes, bias=False),
    )
''',
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    m = logits.max(dim=1, keepdim=True).values
    log_sum = torch.log(torch.exp(logits - m).sum(dim=1))
    true = logits[torch.arange(len(targets)), targets]
    return (log_sum - true).mean()
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
    return loss.item()
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
plt.figure(figsize=(7, 4))
plt.plot(range(1, len(train_losses) + 1), train_losses, label="training loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("MLP training loss")
plt.legend()
plt.show()
''',
}
