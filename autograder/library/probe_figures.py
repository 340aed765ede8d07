"""Probe side: a matplotlib figure as plain data (lines, scatter, bars, images, scales).

The kernel harness describes every figure a cell leaves open with :func:`describe_figure`
(the judge side, :mod:`autograder.library.figures`, reads every field).  And the two ends of a replayed plot
cell: :func:`substitute` (grader-chosen values in, before the replay) and :func:`replayed`
(the student's values back, the figures by phase).  Runs inside the student's kernel:
standard library and matplotlib only; nothing here judges.
"""

import contextlib

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


def _rgb(color, alpha=None):
    """(r, g, b) of a colour a reader can see, or None (transparent or unreadable)."""
    from matplotlib.colors import to_rgba

    try:
        r, g, b, a = to_rgba(color, alpha)
    except (TypeError, ValueError):
        return None
    return None if a < 0.05 else (round(r, 3), round(g, 3), round(b, 3))


def _behind(*patches):
    """The colour of the first of ``patches`` that is shown with a face one can see, else
    the page's (white)."""
    for patch in patches:
        if patch.get_visible():
            seen = _rgb(patch.get_facecolor())
            if seen is not None:
                return seen
    return (1.0, 1.0, 1.0)


def _background(ax):
    """The colour behind the axes' data: its own face, else the figure's, else the page's (white)."""
    return _behind(ax.patch, ax.figure.patch)


def _colors(artist):
    """The colours an artist draws with (those of its line and markers, or its faces and
    edges), as its path effects leave them (a Stroke alone draws its own colour instead)."""
    own = _own_colors(artist)
    try:
        import matplotlib.patheffects as effects
    except ImportError:  # (matplotlib without path effects: as drawn)
        return own
    chain = list(artist.get_path_effects() or [])
    if not chain:
        return own
    colors = []
    for effect in chain:
        if isinstance(effect, (effects.Normal, effects.withStroke, effects.withSimplePatchShadow,
                               effects.withTickedStroke)):
            colors += own  # (these draw the artist itself too)
        if isinstance(effect, effects.Stroke):
            colors.append(getattr(effect, "_gc", {}).get("foreground", own[0] if own else None))
        elif not isinstance(effect, (effects.Normal, effects.withSimplePatchShadow, effects.withTickedStroke)):
            return own  # an effect of another kind: judged as drawn
    return [c for c in colors if c is not None]


#: Thinnest stroke (points) and smallest marker (points) a reader sees: a line of a thousandth
#: of a point, or markers as small, draw nothing one can read off the figure.
MIN_STROKE, MIN_MARKER = 0.1, 0.5
#: Smallest text (points) a reader can read; matplotlib draws a size of 0 at 1 point.
MIN_FONT = 2.0


def _own_colors(artist):
    if hasattr(artist, "get_xdata"):  # a Line2D
        colors = []
        if _draws_line(artist):
            colors.append(artist.get_color())
        marker = artist.get_marker()
        if marker not in (None, "None", "", " ") and (marker == "," or artist.get_markersize() >= MIN_MARKER):
            colors += [artist.get_markerfacecolor(), artist.get_markeredgecolor()]
        return colors
    if hasattr(artist, "get_facecolors"):  # a collection (scatter)
        return list(artist.get_facecolors()) + list(artist.get_edgecolors())
    return [artist.get_facecolor(), artist.get_edgecolor()]  # a patch (bar)


def _dashes_show(artist):
    """Whether a line's dash pattern draws anything a reader can see: dashes of a millionth
    of their gaps do not (``linestyle=(0, (1e-6, 1e6))``)."""
    pattern = getattr(artist, "_dash_pattern", None)  # (offset, on-off sequence or None): matplotlib's own
    sequence = pattern[1] if isinstance(pattern, tuple) and len(pattern) == 2 else None
    if not sequence:
        return True
    on, total = float(sum(sequence[0::2])), float(sum(sequence))
    return total <= 0 or on / total >= 1e-3


def hidden(artist, background):
    """Why ``artist`` draws nothing a reader can see ("" if it does): ``"invisible"``
    (``visible=False``), ``"nothing"`` (no line and no marker), ``"transparent"`` or
    ``"colour"`` (only in the colour behind it).  When in doubt, it is shown."""
    try:
        if not artist.get_visible():
            return "invisible"
        if vars(artist).get("draw") is not None:  # its own draw method, in place of its class's
            return "drawing"
        colors, alpha = _colors(artist), artist.get_alpha()
        if not colors:
            return "nothing"
        shades = [c for c in (_rgb(c, alpha) for c in colors) if c is not None]
        if not shades and alpha is not None and alpha <= 0:
            return "transparent"
        return "" if not shades or any(_apart(c, background) for c in shades) else "colour"
    except Exception:  # noqa: BLE001 - an artist of an unexpected kind: judged as shown
        return ""


def _apart(color, background):
    """Whether ``color`` stands out from ``background`` (None: unknown, so it does): a shade
    a step or two off white on white does not."""
    return background is None or max(abs(a - b) for a, b in zip(color, background)) > 0.05


ENTRIES = "_autograder_entries"
"""The attribute where :func:`remember_legend_entries` keeps a legend's (artist, label) pairs."""


def remember_legend_entries():
    """Make every legend remember which artist each of its entries stands for.

    ``legend(["train", "val"])`` names the axes' artists in order without giving them a
    label; a legend keeps only copies of its artists.  Wrapping ``Legend.__init__`` (whose
    ``handles, labels`` arguments are the public API) keeps the originals, so that a curve's
    legend entry is known however the legend was made.  Called once by the kernel harness."""
    from matplotlib.legend import Legend

    init = Legend.__init__
    if getattr(init, "_remembers_entries", False):
        return

    def remembering(self, parent, handles, labels, *args, **kwargs):
        handles, labels = list(handles), list(labels)
        init(self, parent, handles, labels, *args, **kwargs)
        setattr(self, ENTRIES, list(zip(handles, [str(label) for label in labels])))

    remembering._remembers_entries = True
    Legend.__init__ = remembering


def _legends(ax):
    """The legends drawn on ``ax``, on an axes drawn at the same place (``twinx``: one legend
    often names the lines of both) and on its figure."""
    found = [ax.get_legend()] + [other.get_legend() for other in _same_place(ax)] + \
        list(getattr(ax.figure, "legends", []))
    return [legend for legend in found if legend is not None and legend.get_visible()]


def _legend_background(legend, ax):
    """The colour behind a legend's entries: its frame's (shown only with the frame on), else the axes'."""
    try:
        return _behind(legend.get_frame(), ax.patch, ax.figure.patch)
    except Exception:  # noqa: BLE001 - a legend of an unexpected kind: the axes' colour
        return _background(ax)


def _style(line):
    """What tells a line apart in a legend: its colour, line style and marker."""
    from matplotlib.colors import to_rgba

    try:
        return (to_rgba(line.get_color()), line.get_linestyle(), str(line.get_marker()))
    except (AttributeError, TypeError, ValueError):
        return None


def _legend_labels(ax):
    """id(artist) -> the text of its entry in a legend drawn on ``ax`` or its figure (from
    :func:`remember_legend_entries`, else the artist's own label when a legend shows it).

    An entry for a container (``errorbar``, ``stem``, ``bar``) names the artists it holds; an
    entry for a proxy artist (``Line2D([], [], color=...)``, made for the legend only) names
    the one line of the axes drawn in its style."""
    labels, lines = {}, list(ax.get_lines())
    for legend in _legends(ax):
        behind = _legend_background(legend, ax)  # (an entry written in the legend's own colour is not read)
        texts = [t.get_text() for t in legend.get_texts() if _readable(t, ax, behind)]
        entries = getattr(legend, ENTRIES, None)
        if entries is None:  # (legends made before the harness, or in the grader's own tests)
            artists = lines + list(ax.collections)
            entries = [(a, a.get_label()) for a in artists if a.get_label() in texts]
        for artist, label in entries[:MAX_ITEMS]:
            if label not in texts:
                continue
            named = list(artist.get_children()) if hasattr(artist, "get_children") and \
                isinstance(artist, tuple) else [artist]  # a Container is a tuple of artists
            if hasattr(artist, "get_xdata") and getattr(artist, "axes", None) is None:  # a proxy, drawn nowhere
                style = _style(artist)
                alike = [line for line in lines if style is not None and _style(line) == style]
                named = alike if len(alike) == 1 else named
            for each in named:
                labels.setdefault(id(each), _text(label))
    return labels


def _same_place(ax):
    """The other axes of ``ax``'s figure drawn at exactly its place (``twinx``, or one laid over it)."""
    place = tuple(ax.get_position().bounds)
    return [other for other in ax.figure.get_axes() if other is not ax and tuple(other.get_position().bounds) == place]


def _points(xs, ys):
    """The (x, y) pairs of a series that are numbers (no None, no NaN)."""
    return [(x, y) for x, y in zip(xs, ys) if x is not None and y is not None and x == x and y == y]


def _beyond_view(view, xs, ys):
    """Whether every point lies beyond one same edge of the axes' view ``((x0, x1), (y0, y1))``,
    so that no line between them can cross it either.  When in doubt, it is shown."""
    points = _points(xs, ys)
    if view is None or not points:
        return False
    (x0, x1), (y0, y1) = view
    return (all(x < x0 for x, _ in points) or all(x > x1 for x, _ in points)
            or all(y < y0 for _, y in points) or all(y > y1 for _, y in points))


def _view(ax):
    """The axes' view limits in data coordinates, each pair sorted (None if unreadable)."""
    try:
        return tuple(tuple(sorted(float(v) for v in limits)) for limits in (ax.get_xlim(), ax.get_ylim()))
    except Exception:  # noqa: BLE001 - dates, categories, a broken axes: judged as shown
        return None


def _drawable(xs, ys, scales):
    """The points a log-scale axis can draw (positive there), the others dropped as matplotlib does."""
    keep = [i for i in range(len(xs)) if not (scales[0] == "log" and not (xs[i] is not None and xs[i] > 0))
            and not (scales[1] == "log" and not (ys[i] is not None and ys[i] > 0))]
    return ([xs[i] for i in keep], [ys[i] for i in keep]) if len(keep) < len(xs) else (xs, ys)


def _opaque(patch):
    """Whether ``patch`` hides what lies under it (filled, fully opaque, visible)."""
    from matplotlib.colors import to_rgba

    try:
        return bool(patch.get_visible() and patch.get_fill() and to_rgba(patch.get_facecolor(), patch.get_alpha())[3] >= 1.0)
    except Exception:  # noqa: BLE001 - a patch of an unexpected kind: it hides nothing
        return False


def _covered(ax, artist, xs, ys):
    """Whether every point of ``artist`` lies under something opaque drawn above it: a patch
    (a white rectangle laid over the curve), a filled area (``fill_between``) or an image."""
    try:
        from matplotlib.collections import PatchCollection, PolyCollection
        from matplotlib.colors import to_rgba
        from matplotlib.image import AxesImage
        from matplotlib.patches import Patch

        figure, level = ax.figure, artist.get_zorder()
        covers = []
        for p in list(ax.patches) + list(figure.patches) + [a for a in list(figure.artists) + list(ax.artists)
                                                             if isinstance(a, Patch)]:
            if p.get_zorder() > level and _opaque(p):
                covers.append(p.contains_point)
        # Filled areas only (a scatter's paths are its markers' shapes); the figure's own
        # artists are drawn over all its axes.
        laid = [(c, c.get_zorder() > level) for c in ax.collections] + \
            [(c, True) for c in list(figure.artists) + list(ax.artists) if isinstance(c, PatchCollection)]
        for c, above in laid:
            faces = c.get_facecolors() if isinstance(c, (PolyCollection, PatchCollection)) and c.get_visible() \
                and above and c is not artist else []
            if len(faces) and all(to_rgba(f, c.get_alpha())[3] >= 1.0 for f in faces):
                paths, transform = c.get_paths(), c.get_transform()
                covers.append(lambda point, paths=paths, transform=transform:
                              any(path.contains_point(point, transform=transform) for path in paths))
        for image in ax.get_images():
            if isinstance(image, AxesImage) and image.get_visible() and image.get_zorder() > level \
                    and (image.get_alpha() is None or image.get_alpha() >= 1.0):
                left, right, bottom, top = image.get_extent()
                box = ax.transData.transform([(left, bottom), (right, top)])
                (x0, y0), (x1, y1) = box.min(axis=0), box.max(axis=0)
                covers.append(lambda point, b=(x0, y0, x1, y1): b[0] <= point[0] <= b[2] and b[1] <= point[1] <= b[3])
        points = _points(xs, ys)
        if not covers or not points:  # (the usual case: nothing drawn above the series)
            return False
        return all(any(cover(point) for cover in covers) for point in ax.transData.transform(points))
    except Exception:  # noqa: BLE001 - unusual artists or transforms: judged as shown
        return False


def _clipped(ax, artist, xs, ys):
    """Whether the artist's clip box leaves all its points beyond one same edge (a pixel's
    margin aside), or its own clip path (``set_clip_path``) none of them."""
    try:
        import numpy as np

        points = _points(xs, ys)
        if not points or not artist.get_clip_on():
            return False
        # Where the artist's own transform puts its points (one shifted off the axes draws nowhere).
        from matplotlib.collections import LineCollection

        own = artist.get_offset_transform() if hasattr(artist, "get_offsets") and not isinstance(
            artist, LineCollection) else artist.get_transform()  # (a LineCollection's segments are its points)
        shown = np.asarray(own.transform(points), dtype=float)
        outside = ((ax.bbox.x0 - 1, ax.bbox.x1 + 1), (ax.bbox.y0 - 1, ax.bbox.y1 + 1))
        if own != ax.transData and _beyond_view(outside, shown[:, 0], shown[:, 1]):
            return True
        box = artist.get_clip_box()
        if box is not None and (box.width < 1 or box.height < 1):  # a box of no size shows nothing
            return True
        if box is not None and _beyond_view(((box.x0 - 1, box.x1 + 1), (box.y0 - 1, box.y1 + 1)),
                                            shown[:, 0], shown[:, 1]):
            return True
        path = artist.get_clip_path()
        if path is None:
            return False
        outline = path.get_fully_transformed_path()
        inside = np.asarray(outline.contains_points(shown, radius=2.0), dtype=bool) | \
            np.asarray(outline.contains_points(shown, radius=-2.0), dtype=bool)
        return not inside.any()
    except Exception:  # noqa: BLE001 - unusual artists or transforms: judged as shown
        return False


#: Every matplotlib class that takes part in drawing -> its attributes, as they were when the
#: kernel started (see :func:`remember_drawing`).
_DRAWING = {}


def remember_drawing():
    """Keep the attributes of every artist, renderer and canvas class as they are now, so
    that :func:`drawing_replaced` can tell a figure drawn by other code than matplotlib's
    (``Line2D.draw`` replaced: the curve the data shows is never drawn).  Called once by the
    kernel harness."""
    import matplotlib.backend_bases as bases
    import matplotlib.backends.backend_agg as agg
    from matplotlib.artist import Artist

    todo = [Artist, agg.RendererAgg, agg.FigureCanvasAgg, bases.RendererBase, bases.GraphicsContextBase]
    while todo:
        kind = todo.pop()
        if kind not in _DRAWING:
            _DRAWING[kind] = dict(vars(kind))
            todo.extend(kind.__subclasses__())


def drawing_replaced():
    """Whether any attribute of the classes :func:`remember_drawing` kept has changed."""
    try:
        return any(len(vars(kind)) != len(kept) or any(vars(kind).get(name, kept) is not value
                                                       for name, value in kept.items())
                   for kind, kept in _DRAWING.items())
    except Exception:  # noqa: BLE001 - a class made unreadable: not what matplotlib left
        return True


def _axes_covering(ax):
    """Whether another axes at the same place is drawn above ``ax`` with an opaque face (an
    axes laid over the plot; ``twinx`` makes its face transparent)."""
    try:
        axes = ax.figure.get_axes()
        order = axes.index(ax) if ax in axes else -1
        return any(_opaque(other.patch) and (other.get_zorder(), axes.index(other)) > (ax.get_zorder(), order)
                   for other in _same_place(ax))
    except Exception:  # noqa: BLE001 - judged as shown
        return False


def _series(x, y, why_hidden, artist=None, legend_labels=None, view=None, ax=None):
    """One series' data; ``hidden``: why nobody can see it (``why_hidden``, or as found here)."""
    item = {"x": _numbers(x), "y": _numbers(y)}
    if ax is not None:
        item["x"], item["y"] = _drawable(item["x"], item["y"], (ax.get_xscale(), ax.get_yscale()))
    why_hidden = why_hidden or ("outside" if _beyond_view(view, item["x"], item["y"]) else "")
    if not why_hidden and ax is not None and artist is not None:
        why_hidden = ("covered" if _covered(ax, artist, item["x"], item["y"]) else
                      "clipped" if _clipped(ax, artist, item["x"], item["y"]) else "")
    if why_hidden:
        item["hidden"] = why_hidden
    if artist is not None:
        shown = (legend_labels or {}).get(id(artist))
        own = artist.get_label()
        if shown:
            item["label"] = shown
        elif isinstance(own, str) and own and not own.startswith("_"):  # "_...": no legend entry
            item["own_label"] = _text(own)  # labelled, but no legend shows it
    return item


def _draws_line(line):
    """Whether a Line2D joins its points with a stroke one can see (markers only do not)."""
    return line.get_linestyle() not in ("None", "", " ") and line.get_linewidth() >= MIN_STROKE and _dashes_show(line)


def _joined(line):
    """:func:`_draws_line`, for the judge: a line joining its points in their order."""
    try:
        return bool(_draws_line(line))
    except Exception:  # noqa: BLE001 - a line of an unexpected kind: as if it drew points only
        return False


def _chained(segments):
    """The points of a LineCollection's segments when they join into one line (each starts
    where the one before ends; one segment of many points is a line too), else None (the
    separate strokes of vlines, say)."""
    import numpy as np

    parts = [np.asarray(s, dtype=float) for s in list(segments)[:MAX_POINTS]]
    if not parts or any(p.ndim != 2 or p.shape[1] != 2 or len(p) < 2 for p in parts):
        return None
    if any(not np.allclose(a[-1], b[0]) for a, b in zip(parts, parts[1:])):
        return None
    return np.vstack([parts[0]] + [p[1:] for p in parts[1:]])


def describe_axes(ax):
    """One axes: titles, labels, scales, its data series (``hidden`` on those drawn so that
    nobody can see them: on a hidden axes, invisible, or wholly outside the axes' view;
    ``label``, the entry of a legend that stands for it, or ``own_label``, a label no legend
    shows)."""
    background, legend_labels, view = _background(ax), _legend_labels(ax), _view(ax)
    place, (width, height) = ax.get_position(), ax.figure.get_size_inches() * ax.figure.dpi
    # (a speck of an axes, or of a figure, shows nothing; nor does an axes laid under another)
    shown = ax.get_visible() and place.width * width >= 20 and place.height * height >= 20 and not _axes_covering(ax)
    unseen = "" if shown else "axes"
    lines = [dict(_series(line.get_xdata(), line.get_ydata(), unseen or hidden(line, background), line,
                          legend_labels, view, ax), joined=_joined(line)) for line in ax.get_lines()[:MAX_ITEMS]]
    from matplotlib.collections import LineCollection

    for collection in ax.collections[:MAX_ITEMS]:
        if isinstance(collection, LineCollection):  # a line drawn as segments (multicoloured lines)
            path = _chained(collection.get_segments())
            if path is not None:
                lines.append(dict(_series(path[:, 0], path[:, 1], unseen or hidden(collection, background), collection,
                                          legend_labels, view, ax), joined=True))
            continue
        offsets = collection.get_offsets()
        if len(offsets):
            lines.append(_series(offsets[:, 0], offsets[:, 1], unseen or hidden(collection, background),
                                 collection, legend_labels, view, ax))
    from matplotlib.patches import StepPatch

    for patch in ax.patches[:MAX_ITEMS]:
        if isinstance(patch, StepPatch):  # a step curve (ax.stairs): its values over their steps' left edges
            values, edges = patch.get_data()[:2]
            if len(edges) == len(values) + 1:
                lines.append(_series(edges[:-1], values, unseen or hidden(patch, background), patch,
                                     legend_labels, view))
    bars = []
    for container in getattr(ax, "containers", [])[:MAX_ITEMS]:
        patches = [p for p in container if hasattr(p, "get_height")][:MAX_POINTS]
        if patches:
            reasons = [] if unseen else [hidden(p, background) for p in patches]  # (hidden only if every bar is)
            bars.append(_series((p.get_x() + p.get_width() / 2 for p in patches), (p.get_height() for p in patches),
                                unseen or (reasons[0] if all(reasons) else ""), patches[0], legend_labels))
    images = []
    for image in ax.get_images()[:MAX_ITEMS]:
        array = image.get_array()
        images.append({"shape": [int(s) for s in getattr(array, "shape", ())]})
    titles = [getattr(ax, name, None) for name in ("_left_title", "title", "_right_title")]
    return {"title": " ".join(_text(t.get_text()) for t in titles if t is not None and _readable(t, ax)).strip(),
            "xlabel": _shown_label(ax, ax.xaxis), "ylabel": _shown_label(ax, ax.yaxis),
            "xscale": _text(ax.get_xscale()), "yscale": _text(ax.get_yscale()),
            "lines": lines, "bars": bars, "images": images}


def _shown_label(ax, axis):
    """The label of ``ax``'s ``axis`` (``ax.xaxis``) as drawn: empty where it is not drawn at
    all (the axis hidden, as a twinx's own x axis is; ``ax.axis("off")``; the label hidden)."""
    if not (ax.axison and axis.get_visible() and _readable(axis.label, ax)):
        return ""
    return _text(axis.label.get_text())


def _readable(text, ax, background=None):
    """Whether a title, axis label or legend entry can be read: shown, of :data:`MIN_FONT`
    points or more, not wholly transparent, and in a colour apart from what is behind it
    (``background``; by default the figure's) (when in doubt, it can)."""
    try:
        if not text.get_visible() or text.get_fontsize() < MIN_FONT:
            return False
        shade = _rgb(text.get_color(), text.get_alpha())
        return shade is not None and _apart(shade, background or _behind(ax.figure.patch))
    except Exception:  # noqa: BLE001 - a text of an unexpected kind: judged as readable
        return True


def _figure_text(fig, attribute):
    label = getattr(fig, attribute, None)
    return _text(label.get_text()) if label is not None else ""


def describe_figure(fig):
    """Plain-data description of a figure: its suptitle, its shared axis labels
    (``fig.supxlabel``, ``fig.supylabel``) and its axes; each axes lists as ``overlays`` the
    others drawn at the same place (``twinx``/``twiny``: one plot, its labels on either), and
    as ``shares_x``/``shares_y`` the panels sharing that axis (``sharex=True``)."""
    from matplotlib.axes import Axes

    # Insets are axes of their own; a secondary axis (ax.secondary_xaxis) only rescales its
    # parent's ticks, holds no data and is no Axes.
    axes = [each for ax in fig.get_axes() for each in [ax] + list(getattr(ax, "child_axes", []))
            if isinstance(each, Axes)][:MAX_AXES]
    places = [tuple(round(v, 6) for v in ax.get_position().bounds) for ax in axes]
    described, replaced = [], drawing_replaced()
    for i, ax in enumerate(axes):
        data = describe_axes(ax)
        if replaced:  # what the figure holds is not what is drawn
            for item in data["lines"] + data["bars"]:
                item["hidden"] = "drawing"
        data["overlays"] = [j for j, place in enumerate(places) if j != i and place == places[i]]
        # Panels sharing an axis (sharex=True): one label, under the bottom one, names it for all.
        for key, group in (("shares_x", ax.get_shared_x_axes()), ("shares_y", ax.get_shared_y_axes())):
            siblings = [j for j, other in enumerate(axes) if j != i and group.joined(ax, other)]
            if siblings:
                data[key] = siblings
        described.append(data)
    return {"suptitle": _figure_text(fig, "_suptitle"), "supxlabel": _figure_text(fig, "_supxlabel"),
            "supylabel": _figure_text(fig, "_supylabel"), "axes": described}


# --------------------------------------------------------------------------- replayed plot cells

#: name -> the student's own value, while a grader-chosen one stands in (``_ABSENT``: there was none).
_STANDING_IN = {}
#: name -> (the student's list or array, its own contents), while it holds grader-chosen values.
_FILLED = {}
_ABSENT = object()
#: The grader's functions standing in for the student's during a replay (see :func:`substitute`),
#: closed by :func:`replayed`, which puts the student's back.
_REPLACING = contextlib.ExitStack()


def _fill(own, value):
    """Put ``value`` into the student's own list or array in place, so that every other name
    for it (``history["train"]`` bound to the same list) shows the grader's values too; return
    its own contents to put back, or ``_ABSENT`` if it cannot hold them (nor where the part
    asks for an array and the student's is a list: the cell gets the array it was written for;
    nor an array narrower than float32, whose rounding would show as other values drawn: a
    fitting part's history kept in float16 costs that part, not the plot's)."""
    try:
        import numpy as np
    except ImportError:  # (numpy is always there in a course kernel)
        return _ABSENT
    if isinstance(own, list) and not isinstance(value, np.ndarray):
        kept = list(own)
        own[:] = list(value)
        return kept
    if isinstance(own, np.ndarray) and own.ndim == 1 and own.size == len(value) and own.dtype.kind == "f" \
            and own.dtype.itemsize >= 4 and own.flags.writeable:
        kept = own.copy()
        own[:] = value
        return kept
    return _ABSENT


def substitute(namespace, values, functions=None):
    """Before a plot cell is replayed: give the names in ``values`` grader-chosen values.

    A name bound to a list (or a float array of the same length) gets the values in place, so
    that the cell shows them by whichever name it reaches that list; otherwise the name is
    bound to them.  The student's own values are kept and put back by :func:`replayed`, so
    the rest of the notebook runs as the student left it.  ``functions`` (name -> the
    grader's function) replaces the student's functions of an earlier part however the cell
    reaches them (:func:`autograder.library.probe_calls.replacing`): a plot that calls a
    wrong one is judged on its own code.
    """
    if functions:
        from autograder.library.probe_calls import replacing  # (torch: only for a cell that needs it)

        for name, function in functions.items():
            _REPLACING.enter_context(replacing(namespace, name, function))
    for name, value in values.items():
        own = namespace.get(name, _ABSENT)
        if name not in _STANDING_IN and name not in _FILLED and own is not _ABSENT:
            kept = _fill(own, value)
            if kept is not _ABSENT:
                _FILLED[name] = (own, kept)
                continue
        if name in _FILLED:
            _FILLED[name][0][:] = value
            continue
        if name not in _STANDING_IN:
            _STANDING_IN[name] = own
        namespace[name] = value


def replayed(namespace, figures):
    """After the replay: put the student's values back; the figures drawn, by phase.

    ``figures`` is what the kernel harness hands a probe: entries ``{"phase", "figures"}``
    (``student`` for the notebook's own run, ``replay`` for the grader's).  Returns
    ``{"student": [figures...], "replay": [figures...]}``.
    """
    _REPLACING.close()
    for name, (own, kept) in list(_FILLED.items()):
        own[:] = kept
        namespace[name] = own
        del _FILLED[name]
    for name, original in list(_STANDING_IN.items()):
        if original is _ABSENT:
            namespace.pop(name, None)
        else:
            namespace[name] = original
        del _STANDING_IN[name]
    data = {"student": [], "replay": []}
    for entry in figures:
        data[entry["phase"]].extend(entry["figures"])
    # ``plt.title = "Loss"`` (for ``plt.title("Loss")``) sets nothing and hides the function.
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    data["overwritten"] = [name for name in PYPLOT_SETTERS
                           if pyplot is not None and not callable(getattr(pyplot, name, None))]
    return data


#: pyplot's functions that set a figure's text, which a cell may assign to by mistake.
PYPLOT_SETTERS = ("title", "xlabel", "ylabel", "suptitle", "legend")
