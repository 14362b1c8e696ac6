"""Step 3, links between articles: duplicates, themes, related articles and same-event groups,
from per-article text statistics."""
