"""Partial, a Keras-first student with three slips in three parts, none calling another:
- linear_classifier: nn.Sequential(nn.Linear(d, K), nn.Softmax(dim=1)) (Dense(K, activation="softmax")): right
  shape, dK + K parameters, trainable, but it returns probabilities, not logits: loses structure (4) -> 6;
- train_epoch: softmax of the logits passed to loss_fn ("the loss wants probabilities", from_logits=False): mode and
  batches right, but it steps on the wrong loss and reports it: loses update (10) and loss (6) -> 9;
- evaluate: model.trainable = False instead of model.eval(): the layers stay in training mode; no_grad, exact mean
  loss and accuracy right: loses eval mode (4) -> 16.
Each part scored on its own: linear 6, mlp 10, cross_entropy 15, train_epoch 9, evaluate 16, plot 10."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return nn.Sequential(nn.Linear(in_features, num_classes), nn.Softmax(dim=1))   # Dense(K, activation="softmax")
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    total, steps = 0.0, 0
    for x_batch, y_batch in loader:
        optimizer.zero_grad()
        y_pred = model(x_batch).softmax(dim=-1)
        loss = loss_fn(y_pred, y_batch)
        loss.backward()
        optimizer.step()
        total += loss.item()
        steps += 1
    return total / steps
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.trainable = False
    loss_sum, hits, n = 0.0, 0, 0
    with torch.no_grad():
        for x_batch, y_batch in loader:
            y_pred = model(x_batch)
            loss_sum += loss_fn(y_pred, y_batch).item() * y_batch.numel()
            hits += (y_pred.argmax(dim=-1) == y_batch).sum().item()
            n += y_batch.numel()
    return loss_sum / n, hits / n
''',
}
