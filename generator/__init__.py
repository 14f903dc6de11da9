"""Briefing generator: news articles in, briefing pages (actors, quotes, commitments) out."""

__version__ = "0.1.0"

# Bumped whenever extraction output can change for the same input; part of every cache key.
EXTRACTOR_VERSION = "1"
