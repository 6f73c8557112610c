"""Speed benchmarks (issue 6): run on purpose with `python -m benchmarks.run`, never by pytest."""
