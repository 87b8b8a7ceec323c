"""The one thing pyproject.toml cannot say: find the packages by pattern *and* add resources/,
which a wheel carries inside the package as `facilitator._resources` (mapped by package-dir in
pyproject.toml; found by facilitator/resources.py). Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["facilitator", "facilitator.*"]),
                "facilitator._resources"])
