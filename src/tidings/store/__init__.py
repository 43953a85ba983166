"""Persistence: the SQLite store and its schema."""

from tidings.store.sqlite import Store

__all__ = ["Store"]
