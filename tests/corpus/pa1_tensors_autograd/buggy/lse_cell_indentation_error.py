"""The Part 2 answer cell mixes indentation: the return line is indented by 3 spaces under a 4-space body, an IndentationError ('unindent does not match any outer indentation level'), so log_sum_exp is never defined: 0 / 10; the message should name the IndentationError (or say log_sum_exp is not defined). softmax (reference) shifts by the row maximum itself and does not use log_sum_exp: 10 / 10. All other parts full."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    total = torch.exp(z - top).sum(dim=1)
   return top.squeeze(1) + torch.log(total)
''',
}
