"""Step 2, actors: NER mentions per article (cached), the curated registry, countries and cities,
and the resolution of mentions to one canonical actor across the archive."""
