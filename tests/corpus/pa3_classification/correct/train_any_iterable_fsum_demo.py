"""Correct (train_epoch), written for any iterable of (inputs, targets) pairs, not only a DataLoader: no len(loader), no loader.dataset, no batch_size; each batch unpacked from `batch`, targets reshaped to (-1,) and cast to long, inputs made contiguous; zero_grad(set_to_none=True), forward, loss, backward, step; the batch losses kept as floats and averaged with math.fsum. The cell ends with a demo call on a plain LIST of two batches with a throwaway nn.Linear (harmless: it touches no notebook model). Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
import math


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_losses = []
    for batch in loader:  # any iterable of (inputs, targets) pairs works
        inputs, targets = batch
        inputs = inputs.contiguous()
        targets = targets.reshape(-1).long()
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        batch_losses.append(float(loss.detach()))
    if not batch_losses:
        return float("nan")
    return math.fsum(batch_losses) / len(batch_losses)


_demo_model = nn.Linear(2, 3)
print("demo on a list of batches:", train_epoch(_demo_model, [(X_train[:5], y_train[:5]), (X_train[5:9], y_train[5:9])],
                                                 F.cross_entropy, torch.optim.SGD(_demo_model.parameters(), lr=0.1)))
''',
}
