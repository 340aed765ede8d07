"""Beginner style (train_epoch): the student builds a list of the batches first (batches = [b for b in loader], one pass over the loader, so one shuffle), then walks it with a while loop and a manual index, copies each batch defensively (inputs.clone(), targets.clone()), zeroes, forward, backward, step, converts each loss with float(loss.detach().numpy()), keeps them in a Python list, turns that into torch.tensor(list) and back with .mean().item(), and also recomputes the running count on every iteration. Mode, every batch once, plain steps, mean of the pre-step batch losses: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batches = [b for b in loader]
    number_of_batches = len(batches)
    all_the_losses = []
    index = 0
    while index < number_of_batches:
        current_batch = batches[index]
        inputs = current_batch[0].clone()
        targets = current_batch[1].clone()
        optimizer.zero_grad()
        predictions = model(inputs)
        loss = loss_fn(predictions, targets)
        loss.backward()
        optimizer.step()
        loss_as_number = float(loss.detach().numpy())
        all_the_losses.append(loss_as_number)
        how_many_so_far = len(all_the_losses)
        index = index + 1
    losses_tensor = torch.tensor(all_the_losses)
    mean_loss = losses_tensor.mean().item()
    return mean_loss
''',
}
