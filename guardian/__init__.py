"""Guardian core: Qt-free ingestion, detection, vault and CLI."""

__version__ = "0.1.0"
