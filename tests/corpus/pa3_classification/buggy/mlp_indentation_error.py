"""The MLP cell has an IndentationError (the body's second line is indented by 3 spaces instead of 4: "unindent
does not match any outer indentation level"), so make_mlp is never defined; the training cell fails at make_mlp. mlp 0 (message should name the IndentationError), the rest
full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    hidden = nn.Linear(in_features, hidden_units)
   output = nn.Linear(hidden_units, num_classes)
    return nn.Sequential(hidden, nn.ReLU(), output)
''',
}
