"""Slip (plot_curves), MATLAB habit: the student stacks the two curves as the ROWS of a matrix,
Y = np.array([train_losses, val_losses]) (2 x 60), and calls plt.plot(Y) expecting one line per row. matplotlib
plots the COLUMNS of a 2-D array: the figure shows 60 two-point segments (each joining an epoch's training loss to
its validation loss, over x = 0..1), and neither curve. The legend names the first two segments
"training"/"validation", the axes are labelled and titled, but no curve of the losses against the epochs is
drawn: nothing to label -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
Y = np.array([train_losses, val_losses])   # one row per series
plt.figure(figsize=(7, 4))
plt.plot(Y)
plt.xlabel("epoch")
plt.ylabel("cross-entropy loss")
plt.title("MLP: training and validation loss")
plt.legend(["training", "validation"])
plt.show()
''',
}
