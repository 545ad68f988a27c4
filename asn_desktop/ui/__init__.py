"""Qt widgets, table models and dialogs. Talks to services only; never opens a session."""
