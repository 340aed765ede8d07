"""Slip (train_epoch, float64/float32 mixing): "for precision" the student casts each batch with inputs.double() before the forward pass; the models are float32, so the first forward raises RuntimeError (mat1 and mat2 must have the same dtype) and nothing is trained (in the notebook the self-check and fit fail the same way). If the grader's model is float32 as the notebook's: train_epoch 0 (model.train() ran but no forward pass; no batch, no update, no loss), and the message should name the dtype error."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        inputs = inputs.double()
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
