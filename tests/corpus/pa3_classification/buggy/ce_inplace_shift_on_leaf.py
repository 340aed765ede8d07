"""Slip (cross_entropy, beginner): to save memory the student shifts the logits IN PLACE, logits -= logits.max(dim=1, keepdim=True).values, and then writes a correct log-sum-exp on the shifted logits. When the logits are a leaf that requires grad (the self-check's and the grader's), PyTorch refuses: "a leaf Variable that requires grad is being used in an in-place operation". Every call raises, so nothing can be judged: cross_entropy 0, and the message should name the in-place operation on a leaf."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    logits -= logits.max(dim=1, keepdim=True).values
    log_sum_exp = torch.log(torch.exp(logits).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (log_sum_exp - right).mean()
''',
}
