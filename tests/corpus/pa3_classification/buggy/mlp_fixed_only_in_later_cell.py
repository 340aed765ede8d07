"""The MLP cell forgets the nonlinearity (Linear, Linear: a linear map, as buggy/mlp_no_activation); the student
notices when training and writes the fixed make_mlp (with nn.ReLU) at the top of the train_epoch cell instead of
correcting Part 2's cell. By the corpus's rule the grader judges each function where its cell stands (the self-check
after Part 2 fails on Restart and Run All): mlp loses structure (4) -> 6. train_epoch (right) full, and the later
redefinition costs train_epoch nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.Linear(hidden_units, num_classes))
''',
    'train_epoch_answer': '''
# fixed version of make_mlp (forgot the ReLU above)
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(), nn.Linear(hidden_units, num_classes))

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
''',
}
