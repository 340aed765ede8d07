"""The evaluate cell is emptied: the student deleted the whole def by accident and left only the comment
`# YOUR CODE HERE`. evaluate is never defined: evaluate 0 (message: no function named evaluate). The training cell
fails (NameError), the plot is replayed with the grader's curves; everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''# YOUR CODE HERE
''',
}
