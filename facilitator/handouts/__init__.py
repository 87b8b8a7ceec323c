"""Printed handouts (reportlab) built from a domain `WorkshopSnapshot`: no Qt, no storage.

Entry point: `facilitator.handouts.build.write_handouts`. This package's `__init__` stays empty
so that importing it does not pull reportlab onto the app's start-up path.
"""
