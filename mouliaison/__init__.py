"""mouliaison: the liaison desk for the IOM-WCO Memorandum of Understanding of 2018."""

# The one place the version is written: pyproject.toml reads it (dynamic version) and so do the
# installable builds (installer/project_metadata.py). A release changes this line only.
__version__ = "0.1.0"
