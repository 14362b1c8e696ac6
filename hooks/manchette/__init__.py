"""Manchette: a folder of raw press articles -> a searchable static archive (MkDocs hooks)."""

# Bump when a change of the engine changes what is extracted from a file: it invalidates the cache.
PIPELINE_VERSION = "10"
