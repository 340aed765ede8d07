"""What a grading run shows people: grades.csv and the terminal summary, the class report,
the standalone feedback and formgrader pages (sanitized student content, offline math)."""
