"""Benchmarks of Manchette (builds and search at scale) and the synthetic corpus they build.
Tools, not the engine: nothing in `manchette` imports them."""
