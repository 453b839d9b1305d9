#!/usr/bin/env python3
"""Compare pq2json's reading of the hub-stats models.parquet fixture with the
Hub API JSON Lines of the same rows, field by field.

usage: check_fixture.py PQ2JSON MODELS.parquet MODELS.api.jsonl
Exit status 0 when every compared field of every row matches.
"""
import json
import subprocess
import sys
from datetime import datetime, timezone


def instant(s):
    """ISO 8601 text -> aware datetime (naive text is taken as UTC)."""
    if s is None:
        return None
    d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d


def base_models(v):
    if v is None:
        return None
    return (v.get("relation"), [m.get("id") for m in (v.get("models") or [])])


def main():
    pq2json, parquet, api = sys.argv[1:4]
    out = subprocess.run([pq2json, parquet], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    ref = [json.loads(l) for l in open(api, encoding="utf-8")]
    got = [json.loads(l) for l in out]
    print(f"rows: pq2json {len(got)}, api {len(ref)}")
    if len(got) != len(ref):
        return 1
    fields = ["id", "author", "downloads", "downloadsAllTime", "likes", "tags",
              "safetensors.total", "baseModels", "createdAt"]
    bad = {f: 0 for f in fields}
    examples = []
    for i, (g, r) in enumerate(zip(got, ref)):
        for f in fields:
            if f == "safetensors.total":
                gv = (g.get("safetensors") or {}).get("total")
                rv = (r.get("safetensors") or {}).get("total")
            elif f == "baseModels":
                gv, rv = base_models(g.get(f)), base_models(r.get(f))
            elif f == "createdAt":
                gv, rv = instant(g.get(f)), instant(r.get(f))
            else:
                gv, rv = g.get(f), r.get(f)
            if gv != rv:
                bad[f] += 1
                if len(examples) < 10:
                    examples.append((i, f, gv, rv))
    for f in fields:
        print(f"{f}: {len(ref) - bad[f]}/{len(ref)} equal")
    for e in examples:
        print("mismatch row %d field %s: pq2json %r api %r" % e)
    return 0 if not any(bad.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
