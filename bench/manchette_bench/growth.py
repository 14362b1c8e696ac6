"""How the warm rebuild grows with the archive, from two runs of `manchette bench`.

Issue 13's target: from 1,000 to 10,000 articles, the warm rebuild takes at most 10× longer,
no worse than linear. For two other sizes the limit is their ratio in the same way.

    python -m manchette_bench.growth bench1k.json bench10k.json
    manchette bench 10000 --compare bench1k.json      (the same line among the targets)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def warm_growth(one: dict, two: dict) -> dict[str, dict]:
    """The target line for two bench.json reports (in either order)."""
    small, large = sorted((one, two), key=lambda report: report["n"])
    if small["n"] == large["n"]:
        raise ValueError(f"both runs have N = {small['n']}: growth needs two sizes")
    limit = large["n"] / small["n"]
    value = large["runs"]["warm"]["wall"] / max(small["runs"]["warm"]["wall"], 1e-9)
    name = f"warm growth {small['n']} -> {large['n']} <= {limit:g}x"
    return {
        name: {
            "value": round(value, 3),
            "limit": limit,
            "met": value <= limit,
            "warm": [small["runs"]["warm"]["wall"], large["runs"]["warm"]["wall"]],
        }
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m manchette_bench.growth A.json B.json", file=sys.stderr)
        return 2
    try:
        reports = [json.loads(Path(arg).read_text(encoding="utf-8")) for arg in args]
        found = warm_growth(*reports)
    except KeyError as err:
        print(f"cannot compare {args[0]} and {args[1]}: no {err} in one", file=sys.stderr)
        return 2
    except (OSError, ValueError) as err:
        print(f"cannot compare {args[0]} and {args[1]}: {err}", file=sys.stderr)
        return 2
    for name, check in found.items():
        small, large = check["warm"]
        mark = "met" if check["met"] else "NOT met"
        print(f"{name}: warm {small:.1f} s -> {large:.1f} s, {check['value']:.2f}x  {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
