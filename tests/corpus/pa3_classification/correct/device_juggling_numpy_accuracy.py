"""Device and dtype juggling as copied from GPU tutorials: a global `device = "cuda" if torch.cuda.is_available() else "cpu"` (cpu here), train_epoch does model.to(device) and moves each batch with inputs.to(device).float(), targets.to(device).long(), takes logits.float(); evaluate has a default argument `device=device` captured from the global, collects predictions and targets as numpy arrays (.cpu().numpy()) and computes the accuracy with np.concatenate and (pred == true).mean(), the loss as the size-weighted mean; returns float(...) values. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
device = "cuda" if torch.cuda.is_available() else "cpu"
print("using", device)


def train_epoch(model, loader, loss_fn, optimizer):
    model.to(device)
    model.train()
    running = 0.0
    for inputs, targets in loader:
        inputs, targets = inputs.to(device).float(), targets.to(device).long()
        optimizer.zero_grad()
        logits = model(inputs).float()
        loss = loss_fn(logits, targets)
        loss.backward()
        optimizer.step()
        running += loss.detach().cpu().item()
    return running / len(loader)
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn, device=device):
    model.eval()
    preds, trues, weighted = [], [], 0.0
    with torch.no_grad():
        for inputs, targets in loader:
            inputs, targets = inputs.to(device), targets.to(device).long()
            logits = model(inputs)
            weighted += loss_fn(logits, targets).cpu().item() * targets.shape[0]
            preds.append(logits.argmax(dim=1).cpu().numpy())
            trues.append(targets.cpu().numpy())
    pred, true = np.concatenate(preds), np.concatenate(trues)
    return float(weighted / len(true)), float((pred == true).mean())
''',
}
