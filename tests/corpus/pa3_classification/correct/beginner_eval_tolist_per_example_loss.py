"""Beginner style (evaluate): model.eval() and torch.no_grad(), then for each batch the logits are turned into Python lists with .tolist(); the predicted class of each row is found with a Python loop over the row (first maximum, as argmax), compared with int(target) one by one; the loss is computed ONE EXAMPLE AT A TIME, loss_fn(logits[i:i+1], targets[i:i+1]) (a mean over a batch of one), converted with float() and added to a running total, which is divided by the number of examples at the end: the exact mean loss. Returns two Python floats: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss = 0.0
    number_correct = 0
    number_seen = 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            logits_as_list = logits.tolist()
            targets_as_list = targets.tolist()
            for i in range(len(targets_as_list)):
                one_loss = loss_fn(logits[i:i + 1], targets[i:i + 1])
                total_loss = total_loss + float(one_loss)
                row = logits_as_list[i]
                best_class = 0
                best_value = row[0]
                for k in range(1, len(row)):
                    if row[k] > best_value:
                        best_value = row[k]
                        best_class = k
                if best_class == int(targets_as_list[i]):
                    number_correct = number_correct + 1
                number_seen = number_seen + 1
    mean_loss = total_loss / number_seen
    accuracy = number_correct / number_seen
    return float(mean_loss), float(accuracy)
''',
}
