"""mouliaison: the liaison desk for the IOM-WCO Memorandum of Understanding of 2018."""

__version__ = "0.1.0"
