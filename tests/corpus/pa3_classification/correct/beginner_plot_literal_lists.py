"""Beginner style (plot_curves): the student copies the two lists defensively (copy.deepcopy), builds the epoch numbers 1..60 in a while loop with a manual counter, converts every loss with float() into new lists in a for loop, and draws them with two plt.plot calls with markers, plt.xlabel("Epoch number"), plt.ylabel("Loss (cross-entropy)"), plt.title, plt.legend(loc="upper right"), plt.grid(True), plt.show(). Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
import copy
my_train_losses = copy.deepcopy(train_losses)
my_val_losses = copy.deepcopy(val_losses)
epoch_numbers = []
counter = 1
while counter <= len(my_train_losses):
    epoch_numbers.append(counter)
    counter = counter + 1
train_values = []
for value in my_train_losses:
    train_values.append(float(value))
val_values = []
for value in my_val_losses:
    val_values.append(float(value))
plt.figure(figsize=(8, 5))
plt.plot(epoch_numbers, train_values, marker="o", markersize=3, label="Training loss")
plt.plot(epoch_numbers, val_values, marker="s", markersize=3, label="Validation loss")
plt.xlabel("Epoch number")
plt.ylabel("Loss (cross-entropy)")
plt.title("Training and validation loss of the MLP")
plt.legend(loc="upper right")
plt.grid(True)
plt.show()
''',
}
