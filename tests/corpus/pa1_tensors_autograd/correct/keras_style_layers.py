"""Correct, written by a Keras user: log_sum_exp and softmax are thin wrappers around small layer-like classes
(an `axis` attribute, a `__call__`, a `get_config`, as tf.keras.layers.Softmax(axis=-1)), instantiated once at
module level with axis=1 (the row of logits). The LogSumExp layer shifts by the row max (amax, keepdims) and
drops the axis at the end; the Softmax layer reuses the stable shift and normalises along the same axis. The
function names and signatures are the notebook's; values, stability (+-1000) and shapes are right. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
class LogSumExp:
    """Keras-like layer: reduce_logsumexp along `axis`, stable."""

    def __init__(self, axis=-1, keepdims=False):
        self.axis, self.keepdims = axis, keepdims

    def get_config(self):
        return {"axis": self.axis, "keepdims": self.keepdims}

    def __call__(self, inputs):
        m = inputs.amax(dim=self.axis, keepdim=True)
        out = m + torch.log(torch.exp(inputs - m).sum(dim=self.axis, keepdim=True))
        return out if self.keepdims else out.squeeze(self.axis)


_row_lse = LogSumExp(axis=1)


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    return _row_lse(z)
''',
    "softmax_answer": r'''
class Softmax:
    """Keras-like layer, as tf.keras.layers.Softmax(axis=...)."""

    def __init__(self, axis=-1):
        self.axis = axis

    def get_config(self):
        return {"axis": self.axis}

    def __call__(self, inputs):
        e = torch.exp(inputs - inputs.amax(dim=self.axis, keepdim=True))
        return e / e.sum(dim=self.axis, keepdim=True)


_row_softmax = Softmax(axis=1)


def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    return _row_softmax(z)
''',
}
