"""Block widgets, one module per block kind (see registry.py)."""
