"""The plot cell draws numbers copied from an earlier run instead of the two lists: the replay shows no grader values, so it earns nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 0, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': '''
plt.plot([1, 2, 3, 4, 5], [1.0, 0.8, 0.6, 0.5, 0.45], label="train")
plt.plot([1, 2, 3, 4, 5], [1.0, 0.85, 0.7, 0.65, 0.66], label="validation")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Learning curves")
plt.legend()
plt.show()
''',
}
