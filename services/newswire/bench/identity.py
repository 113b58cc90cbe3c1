"""Whether a change to the pipeline left every dev page's output as it was.

A speed change must not change any output. ``--write FILE`` records the whole published event of
every dev page (wcxb-dev A and B, ScrapingHub) as ``newswire process --jsonl`` would write it,
less the fields that name the moment of processing (an Article's ``processed_at``, a
DeadLetter's ``failed_at``); ``--check FILE`` runs the pipeline again
and lists the pages whose event differs, field by field. Run ``--write`` on the code before the
change (or on main, after merging others' work), ``--check`` on the code after it.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterable
from pathlib import Path

from newswire.bench.corpora import Page, scrapinghub_pages, wcxb_pages
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord

Outputs = dict[str, dict[str, object]]


def dev_pages() -> list[Page]:
    return [*wcxb_pages(), *scrapinghub_pages()]


def outputs(pages: Iterable[Page]) -> Outputs:
    """Each page's event as a JSON object, keyed by corpus and page id."""
    pipeline = Pipeline(PipelineOptions())
    found: Outputs = {}
    for offset, page in enumerate(pages):
        record = InRecord("bench", 0, offset, -1, None, page.envelope(), ())
        event = json.loads(pipeline.process(record).result.model_dump_json())
        # The wall clock of the run, the fields two identical runs do not share.
        provenance = event.get("provenance")
        if isinstance(provenance, dict):
            provenance.pop("processed_at", None)
        event.pop("failed_at", None)
        found[f"{page.corpus}/{page.id}"] = event
    return found


def differences(before: Outputs, after: Outputs) -> dict[str, list[str]]:
    """The fields that differ, by page (a page missing on one side counts as all of it)."""
    changed: dict[str, list[str]] = {}
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            changed[key] = ["<page>"]
            continue
        fields = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
        if fields:
            changed[key] = fields
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="record every dev page's event here (.json.gz)")
    action.add_argument("--check", type=Path, help="compare every dev page's event with this file")
    args = parser.parse_args(argv)
    found = outputs(dev_pages())
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.write, "wt") as out:
            json.dump(found, out)
        print(f"{len(found)} pages recorded in {args.write}")
        return 0
    with gzip.open(args.check, "rt") as recorded:
        before: Outputs = json.load(recorded)
    changed = differences(before, found)
    for key, fields in changed.items():
        print(f"{key}: {', '.join(fields)}")
    print(f"{len(changed)} of {len(found)} pages differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
