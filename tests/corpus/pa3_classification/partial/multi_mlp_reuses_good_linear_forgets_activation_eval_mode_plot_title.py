"""Several slips, one of them in a part that calls a CORRECT earlier part: Part 1 is right (nn.Linear in the
student's own wrapper function). make_mlp reuses it but forgets the nonlinearity between the two layers,
nn.Sequential(make_linear_classifier(d, H), make_linear_classifier(H, K)): its own slip, the two linear maps collapse
into one (loses structure 4 -> 6, as buggy/mlp_no_activation); its message should name the missing nonlinearity.
evaluate forgets model.eval() (loses eval_mode 4 -> 16). The plot draws both labelled curves with axis labels and a
legend but no title (loses title 1 -> 9). Predicted: linear 10, mlp 6, cross_entropy 15, train_epoch 25,
evaluate 16, plot 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    layer = nn.Linear(in_features, num_classes)
    return layer
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(make_linear_classifier(in_features, hidden_units),
                         make_linear_classifier(hidden_units, num_classes))
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="train")
plt.plot(epochs, val_losses, label="validation")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.legend()
plt.show()
''',
}
