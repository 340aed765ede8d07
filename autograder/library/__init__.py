"""The grading library: what an assignment's ``grading/`` folder is built from.

Two sides, kept apart as an assignment's ``probes.py`` and ``checks.py`` are:

Probe side (runs inside the student's sandboxed kernel, plain data out, judges nothing;
these modules import only the standard library, numpy, torch and the probe modules
shipped before them, because the grader ships their *source* into the kernel, see
:mod:`.ship`):

* :mod:`.probe_calls`: find a student's function, call it on chosen inputs (case by case)
  and describe what came back (type, shape, dtype, values, gradients, the error it
  raised, the lines of Python it ran); watch which library functions it calls;
* :mod:`.probe_training`: stand-ins that record a training loop (every call into the
  model, the loss and the optimizer, and the parameters at each call), and two ready
  runs: a function fitting a line, and a loop over an ``nn.Module`` with a DataLoader;
* :mod:`.probe_modules`: build a student's ``nn.Module`` and call it with grader-chosen
  parameters;
* :mod:`.probe_figures`: a figure as data (lines, scatter, bars, images, scales), and the
  two ends of a replayed plot cell.

Judge side (trusted, runs in the grader on the probes' untrusted data):

* :mod:`.checks`: :class:`~.checks.PartCheck` and defensive readers of untrusted data;
* :mod:`.points`: a part's points from the notebook, split by criterion weights;
* :mod:`.cases`: probe errors as lost criteria ("not written yet", "raised ...", with
  :mod:`.hints`' usual cause of a common torch error), per-case records, and the first
  failure of each criterion (:class:`~.cases.Findings`);
* :mod:`.values`: read a described value and compare values, shapes, dtypes and
  gradients with tolerances; :mod:`.substance`: the "form without substance" guard;
* :mod:`.training`: rebuild a recorded loop's parameter history, replay it in float64,
  and judge updates, batches and the logged loss each on its own;
* :mod:`.regression`: a function fitting a line by (mini-batch) gradient descent;
* :mod:`.classification`: cross-entropy, and ``train_epoch`` / ``evaluate`` loops replayed
  on the grader's softmax regression; :mod:`.modules`: a builder of a classifier module;
* :mod:`.figures`: find a data series or a function's curve in a figure's data (lines,
  scatter, bars, several axes, log scales), judge axis labels and titles by what they
  say, and a replayed plot of per-epoch curves.
"""
