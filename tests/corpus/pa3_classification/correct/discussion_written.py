"""A written discussion in the student's own words (pending manual grading) and a train_epoch whose losses are kept as a list of floats summed with math.fsum: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'discussion': '''
After about 25 epochs the validation loss is at its lowest and then goes up again, while the training loss keeps going down: the 128-unit network memorises the 75 noisy training points. Stopping early at the best validation epoch, or collecting more data, would keep the validation loss close to its minimum.
''',
    'train_epoch_answer': '''
import math


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return math.fsum(losses) / len(losses)
''',
}
