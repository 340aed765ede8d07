"""train_epoch walks enumerate(loader), zeroes with set_to_none=True, keeps each loss as loss.detach() and returns torch.stack(losses).mean().item(); evaluate is decorated with @torch.inference_mode(), counts correct predictions in a tensor and divides the weighted loss and the count by len(loader.dataset): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_losses = []
    for step, (xb, yb) in enumerate(loader):
        optimizer.zero_grad(set_to_none=True)
        out = model(xb)
        loss = loss_fn(out, yb)
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.detach())
    return torch.stack(batch_losses).mean().item()
''',
    'evaluate_answer': r'''
@torch.inference_mode()
def evaluate(model, loader, loss_fn):
    model.eval()
    loss_sum = torch.zeros(())
    n_correct = torch.zeros((), dtype=torch.long)
    for xb, yb in loader:
        logits = model(xb)
        loss_sum += loss_fn(logits, yb) * xb.shape[0]
        n_correct += (logits.argmax(dim=-1) == yb).sum()
    n = len(loader.dataset)
    return (loss_sum / n).item(), (n_correct / n).item()
''',
}
