"""Step 5, after the site is rendered: archive.json, the feeds, the search index, and the files
and HTML kept between builds."""
