"""Reading chat exports: one module per format behind one registry."""

from .errors import IngestError
from .model import Attachment, Kind, LocalText, Message, Source
from .pipeline import ImportRun

__all__ = ["Attachment", "ImportRun", "IngestError", "Kind", "LocalText", "Message", "Source"]
