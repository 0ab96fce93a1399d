"""The section 五 label set (domain primer; codebook 1.1): one polarity, one or more topics."""
from __future__ import annotations

POLARITIES = ("problem", "improvement", "rectification", "other")

LABELS = (
    "awareness", "staffing_training", "proactive_scope", "content_quality", "policy_interpretation",
    "responsiveness", "public_participation", "request_handling", "platforms", "institutions",
    "grassroots", "digital_data", "outreach", "info_management", "generic",
)

GENERIC = "generic"

# heading kinds produced by nlp.items.heading_kind, plus "none"
HEADING_KINDS = ("problems", "improvements", "rectification", "next_steps", "none")
