"""train_epoch calls model.forward(xb) directly (as many students do), backpropagates with torch.autograd.backward(loss), zeroes right before backward, and stores each batch loss (detached) into a preallocated torch.zeros(len(loader)) buffer whose .mean().item() it returns: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_losses = torch.zeros(len(loader))
    for i, (xb, yb) in enumerate(loader):
        out = model.forward(xb)
        loss = loss_fn(out, yb)
        optimizer.zero_grad()
        torch.autograd.backward(loss)
        optimizer.step()
        batch_losses[i] = loss.detach()
    return batch_losses.mean().item()
''',
}
