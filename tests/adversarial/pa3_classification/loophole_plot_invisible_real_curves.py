"""The plot cell draws the two lists so that nobody can see them (visible=False, and white on
the white page), and made-up curves in plain sight, with labels, title and legend. The real
curves are marked hidden by the figure describer and not found: the plot earns nothing."""

EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 20,
            "plot_curves": 0, "discussion": None}

ANSWERS = {
    "plot_curves_answer": '''
fig, ax = plt.subplots()
epochs = np.arange(1, len(train_losses) + 1)
ax.plot(epochs, train_losses, visible=False)
ax.plot(epochs, val_losses, color="white")
ax.plot(epochs, np.linspace(1.0, 0.1, len(epochs)), label="training")
ax.plot(epochs, np.linspace(1.1, 0.3, len(epochs)), label="validation")
ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
ax.legend()
plt.show()
''',
}
