"""train_epoch steps a StepLR scheduler (step_size=1000) after each optimizer step: the learning rate never changes within the epoch, full marks (the grader's recording optimizer has bound methods, as a scheduler needs)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1000, gamma=0.5)
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        scheduler.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
