"""Qt item models: thin adapters over services."""
