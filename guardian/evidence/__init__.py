"""Evidence dossiers: one alert's conversation, fingerprinted, for a complaint (Qt-free)."""

from .builder import build_dossier
from .model import Dossier, EvidenceError, content_sha256
from .writer import PdfRenderer, write_dossier

__all__ = ["Dossier", "EvidenceError", "PdfRenderer", "build_dossier", "content_sha256", "write_dossier"]
