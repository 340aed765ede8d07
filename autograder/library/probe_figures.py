"""Probe side: a matplotlib figure as plain data (lines, scatter, bars, images, scales).

The kernel harness describes every figure a cell leaves open with :func:`describe_figure`
(the judge side, :mod:`autograder.library.figures`, reads every field).  And the two ends of a replayed plot
cell: :func:`substitute` (grader-chosen values in, before the replay) and :func:`replayed`
(the student's values back, the figures by phase).  Runs inside the student's kernel:
standard library and matplotlib only; nothing here judges.
"""

MAX_POINTS = 2000
MAX_ITEMS = 20
MAX_AXES = 8


def _numbers(values):
    """At most :data:`MAX_POINTS` floats, spread evenly over the whole series (first and last
    kept): a curve on a fine grid still spans its range, and x and y of equal length keep
    the same points."""
    values = list(values)
    if len(values) > MAX_POINTS:
        values = [values[round(i * (len(values) - 1) / (MAX_POINTS - 1))] for i in range(MAX_POINTS)]
    out = []
    for v in values:
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(None)
    return out


def _text(value):
    return str(value)[:200]


def describe_axes(ax):
    """One axes: titles, labels, scales, and its data series."""
    lines = [{"x": _numbers(line.get_xdata()), "y": _numbers(line.get_ydata())} for line in ax.get_lines()[:MAX_ITEMS]]
    for collection in ax.collections[:MAX_ITEMS]:
        offsets = collection.get_offsets()
        if len(offsets):
            lines.append({"x": _numbers(offsets[:, 0]), "y": _numbers(offsets[:, 1])})
    bars = []
    for container in getattr(ax, "containers", [])[:MAX_ITEMS]:
        patches = [p for p in container if hasattr(p, "get_height")][:MAX_POINTS]
        if patches:
            bars.append({"x": _numbers(p.get_x() + p.get_width() / 2 for p in patches),
                         "y": _numbers(p.get_height() for p in patches)})
    images = []
    for image in ax.get_images()[:MAX_ITEMS]:
        array = image.get_array()
        images.append({"shape": [int(s) for s in getattr(array, "shape", ())]})
    return {"title": " ".join(_text(ax.get_title(loc)) for loc in ("left", "center", "right")).strip(),
            "xlabel": _text(ax.get_xlabel()), "ylabel": _text(ax.get_ylabel()),
            "xscale": _text(ax.get_xscale()), "yscale": _text(ax.get_yscale()),
            "lines": lines, "bars": bars, "images": images}


def _figure_text(fig, attribute):
    label = getattr(fig, attribute, None)
    return _text(label.get_text()) if label is not None else ""


def describe_figure(fig):
    """Plain-data description of a figure: its suptitle, its shared axis labels
    (``fig.supxlabel``, ``fig.supylabel``) and its axes; each axes lists as ``overlays`` the
    others drawn at the same place (``twinx``/``twiny``: one plot, its labels on either)."""
    axes = fig.get_axes()[:MAX_AXES]
    places = [tuple(round(v, 6) for v in ax.get_position().bounds) for ax in axes]
    described = []
    for i, ax in enumerate(axes):
        data = describe_axes(ax)
        data["overlays"] = [j for j, place in enumerate(places) if j != i and place == places[i]]
        described.append(data)
    return {"suptitle": _figure_text(fig, "_suptitle"), "supxlabel": _figure_text(fig, "_supxlabel"),
            "supylabel": _figure_text(fig, "_supylabel"), "axes": described}


# --------------------------------------------------------------------------- replayed plot cells

#: name -> the student's own value, while a grader-chosen one stands in (``_ABSENT``: there was none).
_STANDING_IN = {}
_ABSENT = object()


def substitute(namespace, values):
    """Before a plot cell is replayed: give the names in ``values`` grader-chosen values.

    The student's own values are kept and put back by :func:`replayed`, so the rest of
    the notebook runs as the student left it.
    """
    for name, value in values.items():
        if name not in _STANDING_IN:
            _STANDING_IN[name] = namespace.get(name, _ABSENT)
        namespace[name] = value


def replayed(namespace, figures):
    """After the replay: put the student's values back; the figures drawn, by phase.

    ``figures`` is what the kernel harness hands a probe: entries ``{"phase", "figures"}``
    (``student`` for the notebook's own run, ``replay`` for the grader's).  Returns
    ``{"student": [figures...], "replay": [figures...]}``.
    """
    for name, original in list(_STANDING_IN.items()):
        if original is _ABSENT:
            namespace.pop(name, None)
        else:
            namespace[name] = original
        del _STANDING_IN[name]
    data = {"student": [], "replay": []}
    for entry in figures:
        data[entry["phase"]].extend(entry["figures"])
    return data
