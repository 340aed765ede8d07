"""nbgrader glue: the course folder and gradebook, the host-side steps around a sandboxed run,
nbgrader preprocessors (one per module), the per-student run files, and speed fixes for
nbgrader internals (each patch tested to still apply)."""
