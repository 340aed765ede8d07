"""Partial notebook, a stub that a later part depends on, plus a slip elsewhere. Part 1 is left as the template
(`raise NotImplementedError()`). Part 2 is written, right for a right Part 1: make_mlp returns
nn.Sequential(make_linear_classifier(d, H), nn.ReLU(), make_linear_classifier(H, K)), reusing Part 1's builder for
its two linear layers (so in this notebook it raises NotImplementedError from Part 1's stub). Part 3 has a slip: the
sum over the batch instead of the mean (loses value 7 -> 8). train_epoch, evaluate and the plot are the reference;
the training cell fails at make_linear_classifier(2, 3), so the plot is replayed with the grader's curves.
Predicted per part: linear_classifier 0 (not written); mlp 10 (its own code is right: the kit promises a mistake in
one part costs no points in another; its message should say Part 1 is not written, not that make_mlp is);
cross_entropy 8; train_epoch 25; evaluate 20; plot 10."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits.

    Args:
        in_features: number of input features d.
        num_classes: number of classes K.

    Returns:
        An nn.Module mapping a float tensor of shape (n, d) to logits of shape (n, K).
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    # a hidden layer is a linear layer too: reuse Part 1
    return nn.Sequential(
        make_linear_classifier(in_features, hidden_units),
        nn.ReLU(),
        make_linear_classifier(hidden_units, num_classes),
    )
''',
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    m = logits.max(dim=1).values
    lse = m + torch.log(torch.exp(logits - m[:, None]).sum(dim=1))
    return (lse - logits.gather(1, targets[:, None]).squeeze(1)).sum()
''',
}
