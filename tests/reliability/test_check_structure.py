"""The structure every open compares a file with is exactly what storage.schema creates."""

from __future__ import annotations

from facilitator.services.check import expected_structure, scratch_structure


def test_the_expected_structure_is_what_the_schema_creates() -> None:
    expected = expected_structure()
    assert expected == scratch_structure()
    assert ("table", "action") in expected and ("index", "ix_idea_block") in expected
