"""The web workspace and JSON API behind `tidings serve`."""
