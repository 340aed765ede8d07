"""No tampering at all: the plot cell first overwrites the curves with made-up values
(train_losses and val_losses become short lists of numbers it chose) and then plots them,
with axis labels, a legend and a title. It never plots the training curves, whatever they
are: like the corpus's plot_hardcoded_values it deserves 0 on plot_curves, since labels and
title count only on axes that show the curves (form without substance); every other part
is the reference."""

EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 20,
            "plot_curves": 0, "discussion": None}

ANSWERS = {
    "plot_curves_answer": '''
train_losses = [1.0, 0.7, 0.5, 0.4, 0.35]
val_losses = [1.1, 0.8, 0.65, 0.6, 0.62]
plt.plot(range(1, 6), train_losses, label="training")
plt.plot(range(1, 6), val_losses, label="validation")
plt.xlabel("epoch")
plt.ylabel("cross-entropy loss")
plt.title("Training and validation loss")
plt.legend()
plt.show()
''',
}
