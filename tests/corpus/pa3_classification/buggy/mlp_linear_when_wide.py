"""Junk (mlp), special-cases the size: for hidden_units > 64 ("wide enough to be practically linear: skip the hidden
layer, it trains faster") make_mlp returns nn.Linear(in_features, num_classes), softmax regression; for 64 or fewer
hidden units it builds the asked Linear, ReLU, Linear. The notebook's MLP (128 hidden units) is therefore not an MLP
at all, and Part 6's curves are softmax regression's. make_mlp does not build the asked network for the sizes the
spec allows. The grader also builds make_mlp(2, 128, 3), the notebook's width: 9 parameters where 771 were asked, the structure is lost, 6 of 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    if hidden_units > 64:
        # wide enough to be practically linear: skip the hidden layer (trains faster)
        return nn.Linear(in_features, num_classes)
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
