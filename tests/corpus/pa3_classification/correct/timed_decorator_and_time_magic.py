"""train_epoch is wrapped by the student's own @timed decorator (functools.wraps, time.perf_counter, prints the seconds); inside it prints the batch shapes of the first batch, a hand-made progress bar ("\\r[###  ] 3/5") and asserts that inputs and targets have the same length. The evaluate cell starts with the cell magic %%time on its own first line. Nothing changes what the functions compute: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
import functools
import time


def timed(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        print(f"{function.__name__} took {time.perf_counter() - start:.3f} s")
        return result
    return wrapper


@timed
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total, batches = 0.0, 0
    n_batches = len(loader)
    for i, (inputs, targets) in enumerate(loader):
        if i == 0:
            print("batch shapes:", tuple(inputs.shape), tuple(targets.shape))
        assert inputs.shape[0] == targets.shape[0], "inputs and targets differ in length"
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
        batches += 1
        done = int(20 * (i + 1) / n_batches)
        print(f"\\r[{'#' * done}{' ' * (20 - done)}] {i + 1}/{n_batches} loss {loss.item():.4f}", end="")
    print()
    return total / batches
''',
    'evaluate_answer': '''%%time
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
