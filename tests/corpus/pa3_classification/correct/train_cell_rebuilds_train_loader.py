"""The train_epoch cell (right train_epoch) ends with `train_loader = DataLoader(TensorDataset(X_train, y_train),
batch_size=5, shuffle=True)` ("smaller batches train better"): the training cell now trains on batches of 5. The
functions only use the loader they are given; the plot is replayed with the grader's curves. Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


train_loader = DataLoader(TensorDataset(X_train, y_train), batch_size=5, shuffle=True)
''',
}
