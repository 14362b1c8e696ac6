"""Step 1, one file -> one Article: read the bytes, pick the source layout, clean the body into
Markdown, apply the front matter. Pure and cached per file (see `pipeline.py`)."""
