"""The grading library: what an assignment's ``grading/`` folder is built from.

Two sides, kept apart as an assignment's ``probes.py`` and ``checks.py`` are:

Probe side (runs inside the student's sandboxed kernel, plain data out, judges nothing;
these modules import only the standard library, numpy and torch, because the grader
ships their *source* into the kernel, see :mod:`.ship`):

* :mod:`.probe_calls`: call a student's function on chosen inputs and describe what came
  back (type, shape, dtype, values, gradients, the error it raised);
* :mod:`.probe_training`: stand-ins that record a training loop (every call into the
  model, the loss and the optimizer, and the parameters at each call);
* :mod:`.probe_figures`: a figure as data (lines, scatter, bars, images, scales), a
  superset of what the kernel harness reports.

Judge side (trusted, runs in the grader on the probes' untrusted data):

* :mod:`.values`: read a described value and compare values, shapes, dtypes and
  gradients with tolerances; the "form without substance" guard;
* :mod:`.training`: rebuild a recorded loop's parameter history, replay it in float64,
  and judge updates, batches and the logged loss each on its own;
* :mod:`.figures`: find a data series in a figure's data (lines, scatter, bars, several
  axes, log scales) and judge axis labels and titles by what they say;
* :mod:`.points`: a part's points from the notebook, split by criterion weights.
"""
