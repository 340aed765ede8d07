"""Beginner style (cross_entropy): everything with while loops and manual index counters. For each row i the student finds the row's maximum by walking the columns (keeping the tensor element, not a float), adds up exp(z_ik - m) one column at a time, takes m + log(total) minus the true-class logit logits[i, int(targets[i])], appends that per-example loss to a Python list, and at the end returns torch.stack(list).sum() / n. Every step stays a tensor operation, so autograd works; the max shift keeps it stable: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    # number of examples and number of classes
    number_of_examples = logits.shape[0]
    number_of_classes = logits.shape[1]
    list_of_losses = []
    i = 0
    while i < number_of_examples:
        row = logits[i]
        # find the biggest logit of this row
        biggest = row[0]
        k = 1
        while k < number_of_classes:
            if row[k] > biggest:
                biggest = row[k]
            k = k + 1
        # add up the exponentials of the shifted logits
        total = torch.tensor(0.0, dtype=logits.dtype)
        k = 0
        while k < number_of_classes:
            shifted_value = row[k] - biggest
            total = total + torch.exp(shifted_value)
            k = k + 1
        log_sum_exp_of_row = biggest + torch.log(total)
        true_class = int(targets[i])
        logit_of_true_class = row[true_class]
        loss_of_this_example = log_sum_exp_of_row - logit_of_true_class
        list_of_losses.append(loss_of_this_example)
        i = i + 1
    sum_of_losses = torch.stack(list_of_losses).sum()
    mean_loss = sum_of_losses / number_of_examples
    return mean_loss
''',
}
