"""Slip (evaluate): instead of calling model.eval() the student writes model.training = False ("eval() just sets that flag"). That sets the flag of the top-level module only: its submodules (the layers of an nn.Sequential, a Dropout or BatchNorm1d inside it) stay in training mode, so a model with dropout would keep dropping units while being evaluated. The spec asks for model.eval(), which switches every submodule (dropout off, batch norm on running statistics). Loss (exact mean), accuracy and no_grad right: loses eval_mode (4) -> 16. (A grader whose model has no submodules cannot see the difference: on it the flag is all there is.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.training = False      # evaluation mode
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
