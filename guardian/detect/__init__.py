"""Detection: explainable French/English rules that score contacts in conversations.

normalize (the matching space) -> rules (strict loader) -> matcher (RE2 Set or stdlib)
-> detector (streaming, per conversation) -> scoring (per contact) -> Alert with evidence."""

from .detector import Detector
from .model import Alert, Evidence, Link, Severity
from .rules import RulePack, RuleProblem, load_rules
from .scoring import DetectorConfig

__all__ = ["Alert", "Detector", "DetectorConfig", "Evidence", "Link", "RulePack", "RuleProblem", "Severity",
           "load_rules"]
