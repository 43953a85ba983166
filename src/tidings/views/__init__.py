"""Read-side views over the store: rows as JSON, the timeline, trends."""
