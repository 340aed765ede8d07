"""Beginner style (train_epoch), defensive habits: model.train() called at the top of EVERY iteration, optimizer.zero_grad() called both before the forward pass and again right after the step ("to be safe"), loss.backward(retain_graph=True) copied from a forum answer (keeps a graph alive, changes no gradient), the loss stored as round-trip float(str(loss.item())), and the mean computed with numpy (np.mean of the list, converted with float()). Each batch still gets exactly one plain SGD step: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    list_of_batch_losses = []
    for batch_inputs, batch_targets in loader:
        model.train()
        optimizer.zero_grad()
        batch_outputs = model(batch_inputs)
        batch_loss = loss_fn(batch_outputs, batch_targets)
        batch_loss.backward(retain_graph=True)
        optimizer.step()
        optimizer.zero_grad()
        list_of_batch_losses.append(float(str(batch_loss.item())))
    average = float(np.mean(np.array(list_of_batch_losses)))
    return average
''',
}
