"""The plot keeps the curves in a dict named as the Hugging Face Trainer logs them ("train_loss", "eval_loss") and draws them in a loop, each labelled with its key ("train loss", "eval loss"), then ax.legend(); axes labelled, titled. The legend says which curve is which: "eval loss" is the evaluation (validation) loss, as evaluate() computes it. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
logs = {"train_loss": train_losses, "eval_loss": val_losses}
fig, ax = plt.subplots(figsize=(7, 4))
for key, values in logs.items():
    ax.plot(range(1, len(values) + 1), values, label=key.replace("_", " "))
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.set_title("MLP: train loss vs eval loss")
ax.legend()
plt.show()
''',
}
