"""Correct (plot_curves), newer-matplotlib idiom: both curves in ONE ax.plot call on a 2-column array,
ax.plot(epochs, np.column_stack([train_losses, val_losses]), label=["training loss", "validation loss"]) (matplotlib
>= 3.9 accepts a list of labels, one per column; each column is its own Line2D), then ax.set(xlabel=..., ylabel=...,
title=...) and ax.legend(). The ungraded exercise cell uses nn.CrossEntropyLoss() as an object (allowed there) to
check the student's own cross_entropy on the validation set and prints the confusion matrix with torch.bincount.
Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = np.arange(1, len(train_losses) + 1)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(epochs, np.column_stack([train_losses, val_losses]), label=["training loss", "validation loss"])
ax.set(xlabel="epoch", ylabel="loss (cross-entropy)", title="MLP: training and validation loss per epoch")
ax.legend()
plt.show()
''',
    'exercise_confusion': r'''
criterion = nn.CrossEntropyLoss()
mlp_model.eval()
with torch.inference_mode():
    logits = mlp_model(X_val)
    print("library loss", criterion(logits, y_val).item(), "| mine", cross_entropy(logits, y_val).item())
    predicted = logits.argmax(dim=1)
confusion = torch.bincount(y_val * 3 + predicted, minlength=9).reshape(3, 3)
print(confusion)
''',
}
