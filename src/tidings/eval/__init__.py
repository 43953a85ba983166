"""Evaluation against gold sets: each module reads one corpus and returns its figures."""
