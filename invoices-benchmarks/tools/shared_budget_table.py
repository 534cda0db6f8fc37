#!/usr/bin/env python3
"""shared_budget_table.py OUTDIR: the shared rate budget's per-call cost as one markdown table, from the JMH
results of SharedBudgetBenchmark that `SUITES=shared-budget tools/run-benchmarks.sh` writes into
OUTDIR/shared-budget.json.

One row per store (`-p store=`), in the benchmark's order: one booking (mean and p99, us), bookings per ms
from 8 threads on one location, then a whole SDK `getInvoice` with that store (mean and p99, us), its ratio
to the client's default local store in the same run, and the microseconds it adds per call over it. Scores
only; JMH's error margins are in the JSON. A store or figure missing from the file shows as "–"; a missing or
unreadable file gives a note and no table. Standard library only. Tests: shared_budget_table_test.py.
"""
import os
import sys
from typing import Dict, List, Optional, Tuple

import benchmarks_table as common

SHARED_BUDGET = 'shared-budget.json'
STORES = ('local', 'bucket4j-memory', 'postgres-advisory', 'postgres-select-for-update', 'redis')
BASELINE = 'local'


def load(path: str) -> Optional[Dict[Tuple[str, str], dict]]:
    """JMH's JSON results by (benchmark method, store parameter); None if missing or unreadable."""
    return common.load_results(path, ('store',))


def figure(results: Dict[Tuple[str, str], dict], method: str, store: str, metric, wanted: str) -> Optional[float]:
    """One figure in the wanted unit, or None when it was not measured or its unit does not fit."""
    result = results.get((method, store))
    measured = metric(result) if result is not None else None
    if measured is None:
        return None
    try:
        return common.convert(measured[0], measured[1], wanted)
    except (KeyError, ValueError):
        return None


def added(value: Optional[float], baseline: Optional[float]) -> str:
    """value - baseline with a sign, or "–"."""
    return '–' if value is None or baseline is None else f'{value - baseline:+,.1f}'


def render(outdir: str) -> str:
    """The markdown table, or a note when the results are missing."""
    results = load(os.path.join(outdir, SHARED_BUDGET))
    if results is None:
        return f'- Note: {SHARED_BUDGET} is missing or unreadable: no shared-budget table.\n'
    stores = [store for store in STORES if any(key[1] == store for key in results)]
    stores += sorted({key[1] for key in results} - set(stores))
    baseline = figure(results, 'getInvoice', BASELINE, common.primary_score, 'us')
    lines = ['| store | booking mean (us) | booking p99 (us) | bookings/ms, 8 threads | getInvoice mean (us) | '
             'getInvoice p99 (us) | getInvoice / local | added per call (us) |',
             '|---|---:|---:|---:|---:|---:|---:|---:|']
    for store in stores:
        book = figure(results, 'book', store, common.primary_score, 'us')
        book_p99 = figure(results, 'book', store, common.primary_p99, 'us')
        book8 = figure(results, 'book8Threads', store, common.primary_score, 'ops/ms')
        call = figure(results, 'getInvoice', store, common.primary_score, 'us')
        call_p99 = figure(results, 'getInvoice', store, common.primary_p99, 'us')
        lines.append(f'| {store} | {small(book)} | {small(book_p99)} | {common.format_value(book8, "ops/ms")} | '
                     f'{common.format_value(call, "us")} | {common.format_value(call_p99, "us")} | '
                     f'{common.format_ratio(common.ratio_to(call, baseline))} | {added(call, baseline)} |')
    return '\n'.join(lines) + '\n'


def small(value: Optional[float]) -> str:
    """Microseconds with one decimal, or two significant ones below 1 us (an in-process booking)."""
    if value is None:
        return '–'
    return f'{value:.2g}' if value < 1 else f'{value:,.1f}'


def main(argv: List[str]) -> int:
    """Prints the table for argv[1]; 2 on a usage error."""
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print('usage: shared_budget_table.py OUTDIR  (a directory written by SUITES=shared-budget '
              'tools/run-benchmarks.sh)', file=sys.stderr)
        return 2
    sys.stdout.write(render(argv[1]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
