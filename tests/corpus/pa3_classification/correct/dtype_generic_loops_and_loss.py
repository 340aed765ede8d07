"""Correct (cross_entropy, train_epoch, evaluate), generic over dtype, device and batch size. cross_entropy works in
float64 inside (torch.logsumexp, gather) and casts the mean back to the logits' dtype, so float32 in gives float32 out
and float64 in gives float64 out, with the gradient flowing through both casts. train_epoch and evaluate share a typed
helper _to_model(model, inputs) that moves a batch to the device and floating dtype of the model's first floating
parameter (a no-op for the notebook's float32 models and float32 data, and for float64 models fed float64 data;
integer inputs and parameter-less models are left alone). train_epoch is the standard loop and returns the mean of the
batch losses (a float); evaluate accumulates the loss (weighted by batch size) and the count of right predictions in
float64 / int64 tensors detached from autograd, under model.eval() and torch.no_grad(), and returns two floats.
Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably (in float64, returned in logits' dtype)."""
    wide = logits.to(torch.float64)
    index = targets.to(device=logits.device, dtype=torch.long).reshape(-1, 1)
    per_example = torch.logsumexp(wide, dim=1) - wide.gather(1, index).reshape(-1)
    return per_example.mean().to(logits.dtype)
''',
    'train_epoch_answer': r'''
from typing import Optional


def _to_model(model: nn.Module, inputs: torch.Tensor) -> torch.Tensor:
    """inputs on the model's device, and in its floating dtype if both are floating."""
    reference: Optional[torch.Tensor] = next((p for p in model.parameters() if p.is_floating_point()), None)
    if reference is None:
        return inputs
    if inputs.is_floating_point():
        return inputs.to(device=reference.device, dtype=reference.dtype)
    return inputs.to(reference.device)


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    batch_losses: list = []
    for inputs, targets in loader:
        inputs = _to_model(model, inputs)
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets.to(inputs.device))
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.item())
    return float(np.mean(batch_losses))
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss = torch.zeros((), dtype=torch.float64)
    right = torch.zeros((), dtype=torch.int64)
    count = 0
    with torch.no_grad():
        for inputs, targets in loader:
            inputs = _to_model(model, inputs)
            targets = targets.to(inputs.device)
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).detach().double().cpu() * len(targets)
            right += (logits.argmax(dim=1) == targets).sum().cpu()
            count += len(targets)
    return (total_loss / count).item(), right.item() / count
''',
}
