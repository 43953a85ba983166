"""tidings: news articles in, a sourced and dated database of political events out."""

__version__ = "0.1.0"
