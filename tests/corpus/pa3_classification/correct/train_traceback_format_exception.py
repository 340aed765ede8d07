"""Defensive error reporting (train_epoch): each batch's step is wrapped in try/except RuntimeError; on an error it
prints which batch failed with its shapes and the full traceback, with the classic idiom
"".join(traceback.format_exception(*sys.exc_info())), then re-raises. Nothing fails here, so the except branch never
runs: model.train(), zero_grad, forward, loss_fn, backward, step, mean of the batch losses. Fully correct: printing
the traceback of one's own exception reads nothing the grader hands over."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import sys
import traceback


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for batch_number, (inputs, targets) in enumerate(loader):
        try:
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            loss.backward()
            optimizer.step()
        except RuntimeError:
            # say which batch broke, with the whole traceback, then stop
            print(f"batch {batch_number} failed (inputs {tuple(inputs.shape)}, targets {tuple(targets.shape)}):")
            print("".join(traceback.format_exception(*sys.exc_info())))
            raise
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
