"""plot_GD as a stem plot, plot_BGD as a bar chart (labels and title set): full marks."""

EXPECTED = {'model': 10, 'loss_func': 10, 'fit_GD': 30, 'plot_GD': 5, 'fit_BGD': 30, 'plot_BGD': 5}

ANSWERS = {
    'plot_GD_answer': '''
epochs = np.arange(1, len(loss_GD) + 1)
plt.figure(figsize=(6, 4))
plt.stem(epochs, loss_GD)
plt.xlabel("Epoch")
plt.ylabel("Training MSE")
plt.title("Full-batch GD: loss per epoch")
plt.show()
''',
    'plot_BGD_answer': '''
fig, ax = plt.subplots(figsize=(6, 4))
ax.bar(np.arange(1, len(loss_BGD) + 1), loss_BGD, color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss")
ax.set_title("Mini-batch GD: loss per epoch")
plt.show()
''',
}
