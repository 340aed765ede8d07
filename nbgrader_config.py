"""nbgrader configuration of this repository: solutions/ is the source, notebooks/ the release.

`python -m autograder generate ASSIGNMENT` (or `nbgrader generate_assignment ASSIGNMENT --no-db`
run here) writes notebooks/ASSIGNMENT from solutions/ASSIGNMENT; each assignment's grading/
folder (probes and judges) is instructor-only and never released.
"""

c = get_config()  # noqa: F821
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "notebooks"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "grading"]
