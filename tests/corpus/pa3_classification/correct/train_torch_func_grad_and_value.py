"""train_epoch written with torch.func: for each batch it computes the gradient and the loss with grad_and_value over functional_call(model, params, (x,)), writes the gradients into p.grad and calls optimizer.step() (the optimizer it was given); zero_grad first, model.train(), mean of the batch losses before their steps: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
from torch.func import functional_call, grad_and_value


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    params = dict(model.named_parameters())

    def batch_loss(p, x, y):
        return loss_fn(functional_call(model, p, (x,)), y)

    total, batches = 0.0, 0
    for x, y in loader:
        optimizer.zero_grad()
        grads, loss = grad_and_value(batch_loss)({k: v.detach() for k, v in params.items()}, x, y)
        for name, p in params.items():
            p.grad = grads[name]
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches
''',
}
