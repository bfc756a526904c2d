from .base import Importer

IMPORTERS: tuple[Importer, ...] = ()
