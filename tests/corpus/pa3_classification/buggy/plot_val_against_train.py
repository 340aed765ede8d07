"""The plot cell calls plt.plot(train_losses, val_losses), meaning to draw both curves, which draws ONE line: val_losses against train_losses on the x axis; then legend(["training", "validation"]), axis labels "epoch"/"loss" and a title. Neither curve is drawn against the epoch, and the x axis labelled "epoch" shows training losses. Neither curve is found; the line holds every validation value in order, drawn against other x values, so the labels and title are judged on its axes (as for a curve drawn out of order), and the legend, which names no found curve, is not: labels 2 + title 1 -> 3, and the message says the x values are not the epochs."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 3, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
plt.figure(figsize=(7, 4))
plt.plot(train_losses, val_losses)
plt.legend(["training", "validation"])
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Training and validation loss")
plt.show()
''',
}
