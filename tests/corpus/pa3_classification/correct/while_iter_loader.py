"""train_epoch walks the loader with iter/next in a while loop and keeps a running mean; cross-entropy via one-hot and log_softmax (allowed: it is the stable log-sum-exp); softmax regression built with add_module: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    model = nn.Sequential()
    model.add_module("linear", nn.Linear(in_features, num_classes))
    return model
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    one_hot = F.one_hot(targets, num_classes=logits.shape[1]).to(logits.dtype)
    return -(one_hot * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    it = iter(loader)
    mean, k = 0.0, 0
    while True:
        try:
            x, y = next(it)
        except StopIteration:
            break
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        k += 1
        mean += (loss.item() - mean) / k
    return mean
''',
}
