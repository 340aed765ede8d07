"""Course kit autograder: nbgrader pipelines with sandboxed kernels and verdicts judged outside them."""

__version__ = "0.1.0"
