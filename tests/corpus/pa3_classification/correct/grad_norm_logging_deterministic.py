"""The train_epoch cell starts with torch.use_deterministic_algorithms(True) and torch.set_num_threads(1); train_epoch logs the gradient norm of every batch through torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1e9) (the usual trick: it returns the total norm and, with so huge a max_norm, scales nothing), prints the loss and norm every 2 batches, and keeps the norms in a global list. The steps are plain optimizer steps: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)
grad_norms = []


def train_epoch(model, loader, loss_fn, optimizer, log_every=2):
    model.train()
    losses = []
    for step, (inputs, targets) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1e9)  # only to read the norm
        grad_norms.append(float(norm))
        optimizer.step()
        losses.append(loss.item())
        if step % log_every == 0:
            print(f"step {step:3d}  loss {loss.item():.4f}  |grad| {float(norm):.4f}")
    return sum(losses) / len(losses)
''',
}
