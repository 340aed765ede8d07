"""Junk (train_epoch): the student special-cases the self-check: when the loader holds 20 examples in batches of 6 (the self-check's), it runs the reference loop; otherwise it returns the number the notebook's training printed once (0.45) without touching the model or the optimizer. On the grader's loaders nothing is trained and the value is made up: train_epoch 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    if len(loader.dataset) == 20 and loader.batch_size == 6:
        model.train()
        losses = []
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)
    return 0.45
''',
}
