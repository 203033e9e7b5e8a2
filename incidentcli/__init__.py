"""incidentcli: news articles about violent incidents -> structured, evidence-backed records.

    >>> from incidentcli import extract
    >>> record = extract("A car bomb killed 12 people in Kabul on Monday.", reference_date="2024-05-08")
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]


def __getattr__(name):  # keep `import incidentcli` cheap: the pipeline loads on first use
    if name == "extract":
        from .pipeline import extract
        return extract
    raise AttributeError(name)
