#!/usr/bin/env python3
"""benchmarks_table.py OUTDIR: the SDK comparison as one markdown table, from the JMH JSON results that
tools/run-benchmarks.sh writes into OUTDIR (api-calls.json, auto-paging.json, cold-start.json,
starter-startup.json), then the Spring Boot starter's startup cost as a second, small table.

One row per figure: the raw client (hand-written OkHttp + Jackson), the SDK, the plain generated client, the
ratios of the last two to raw, the SDK's target and a verdict. "met" means the SDK meets its ratio target
(when the figure has one) AND is better than the plain generated client (lower time or bytes, higher
throughput); anything else is "missed: <why>". Scores only: JMH's error margins are not taken into account.

A missing or unreadable result file skips its rows with a note; it never stops the table. Standard library
only. Tests: benchmarks_table_test.py.
"""
import json
import math
import os
import sys
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

API_CALLS = 'api-calls.json'
AUTO_PAGING = 'auto-paging.json'
COLD_START = 'cold-start.json'
STARTER_STARTUP = 'starter-startup.json'

CLIENTS = ('raw', 'sdk', 'generated')

# Time units JMH writes, in nanoseconds.
_NANOS = {'ns': 1.0, 'us': 1e3, 'ms': 1e6, 's': 1e9, 'min': 60e9, 'hr': 3600e9, 'day': 86400e9}


@dataclass(frozen=True)
class Target:
    """The SDK's ratio to raw that a figure must meet: at most (lower is better) or at least the limit."""
    limit: float
    at_most: bool

    def met_by(self, ratio: float) -> bool:
        """Whether the ratio meets this target."""
        return ratio <= self.limit if self.at_most else ratio >= self.limit

    def __str__(self) -> str:
        return ('≤ ' if self.at_most else '≥ ') + f'{self.limit:.2f}'


@dataclass(frozen=True)
class Figure:
    """One row: which file, benchmark and metric it comes from, and how it is judged and shown."""
    label: str
    file: str
    benchmark: str
    metric: Callable[[dict], Optional[Tuple[float, str]]]  # a JMH result -> (value, unit), or None
    unit: str                      # the unit the row is shown in: 'us', 'ms', 'ops/ms' or 'B'
    higher_is_better: bool
    target: Optional[Target]       # None: no ratio target, only "beat generated"


def primary_score(result: dict) -> Optional[Tuple[float, str]]:
    """The primary metric's score (the mean, in SampleTime mode) and its unit."""
    metric = result.get('primaryMetric') or {}
    if metric.get('score') is None:
        return None
    return float(metric['score']), metric.get('scoreUnit', '')


def primary_p99(result: dict) -> Optional[Tuple[float, str]]:
    """The primary metric's 99th percentile and its unit."""
    metric = result.get('primaryMetric') or {}
    p99 = (metric.get('scorePercentiles') or {}).get('99.0')
    if p99 is None:
        return None
    return float(p99), metric.get('scoreUnit', '')


def allocated_bytes(result: dict) -> Optional[Tuple[float, str]]:
    """Bytes allocated per operation (gc.alloc.rate.norm of -prof gc), or None without -prof gc."""
    metric = (result.get('secondaryMetrics') or {}).get('gc.alloc.rate.norm') or {}
    if metric.get('score') is None:
        return None
    return float(metric['score']), 'B'


def _latency(operation: str) -> List[Figure]:
    return [
        Figure(f'{operation} latency avg (us)', API_CALLS, operation, primary_score, 'us', False,
               Target(1.10, True)),
        Figure(f'{operation} latency p99 (us)', API_CALLS, operation, primary_p99, 'us', False,
               Target(1.10, True)),
    ]


def _throughput(benchmark: str, threads: str, target: Optional[Target]) -> Figure:
    return Figure(f'getInvoice throughput, {threads} (ops/ms)', API_CALLS, benchmark, primary_score, 'ops/ms',
                  True, target)


def _allocation(operation: str) -> Figure:
    return Figure(f'{operation} allocated per call (bytes)', API_CALLS, operation, allocated_bytes, 'B', False,
                  Target(1.50, True))


FIGURES: List[Figure] = [
    *_latency('getInvoice'),
    *_latency('createInvoice'),
    *_latency('listInvoices100'),
    *_latency('listInvoices100Filtered'),
    _throughput('throughput1Thread', '1 thread', None),
    _throughput('throughput8Threads', '8 threads', None),
    _throughput('throughput32Threads', '32 threads', Target(0.90, False)),
    _allocation('getInvoice'),
    _allocation('createInvoice'),
    _allocation('listInvoices100'),
    _allocation('listInvoices100Filtered'),
    Figure('auto-paging 10,000 invoices (ms)', AUTO_PAGING, 'readAll10000Invoices', primary_score, 'ms', False,
           Target(1.10, True)),
    Figure('cold start: build + first getInvoice (ms)', COLD_START, 'buildAndFirstGetInvoice', primary_score,
           'ms', False, Target(1.50, True)),
]


def convert(value: float, unit: str, wanted: str) -> float:
    """Converts a JMH value from its unit ('us/op', 'ops/s', 'B/op'...) to the row's ('us', 'ops/ms', 'B')."""
    if wanted == 'B':
        return value
    if wanted.startswith('ops/'):
        if not unit.startswith('ops/'):
            raise ValueError(f'{unit} is not a throughput')
        return value / _NANOS[unit[4:]] * _NANOS[wanted[4:]]
    if not unit.endswith('/op'):
        raise ValueError(f'{unit} is not a time per operation')
    return value * _NANOS[unit[:-3]] / _NANOS[wanted]


def load_results(path: str, keys: Tuple[str, ...] = ('client', 'app')) -> Optional[Dict[Tuple[str, str], dict]]:
    """JMH's JSON results by (benchmark method, the first of the `keys` parameters a result has); None if
    missing or unreadable."""
    try:
        with open(path, encoding='utf-8') as file:
            results = json.load(file)
    except (OSError, ValueError):
        return None
    if not isinstance(results, list):
        return None
    by_key = {}
    for result in results:
        if not isinstance(result, dict) or 'benchmark' not in result:
            continue
        method = result['benchmark'].rsplit('.', 1)[-1]
        params = result.get('params') or {}
        by_key[(method, next((params[key] for key in keys if params.get(key)), ''))] = result
    return by_key


def format_value(value: Optional[float], unit: str) -> str:
    """Bytes as integers with thousands separators, everything else with one decimal."""
    if value is None:
        return '–'
    if unit == 'B':
        return f'{round(value):,}'
    return f'{value:,.1f}'


def format_ratio(ratio: Optional[float]) -> str:
    """A ratio with two decimals."""
    return '–' if ratio is None else f'{ratio:.2f}'


def ratio_to(value: Optional[float], raw: Optional[float]) -> Optional[float]:
    """value / raw, or None when either is missing or raw is zero."""
    if value is None or raw is None or raw == 0:
        return None
    return value / raw


def verdict(figure: Figure, raw: Optional[float], sdk: Optional[float], generated: Optional[float]) -> str:
    """'met' or 'missed: <why>', as the module docstring says."""
    if sdk is None:
        return 'missed: no SDK figure'
    reasons = []
    if figure.target is not None:
        ratio = ratio_to(sdk, raw)
        if ratio is None:
            reasons.append('no raw figure for the ratio')
        elif not figure.target.met_by(ratio):
            reasons.append(f'SDK/raw {format_ratio(ratio)}, target {figure.target}')
    if generated is None:
        reasons.append('no plain generated figure to compare')
    else:
        better = sdk > generated if figure.higher_is_better else sdk < generated
        if not better:
            reasons.append(f'plain generated {"as good" if sdk == generated else "better"} '
                           f'(SDK {format_value(sdk, figure.unit)} vs {format_value(generated, figure.unit)} '
                           f'{figure.unit})')
    return 'met' if not reasons else 'missed: ' + '; '.join(reasons)


def _value(results: Dict[Tuple[str, str], dict], figure: Figure, client: str) -> Optional[float]:
    result = results.get((figure.benchmark, client))
    measured = figure.metric(result) if result is not None else None
    if measured is None:
        return None
    value, unit = measured
    if math.isnan(value):
        return None
    return convert(value, unit, figure.unit)


def main_table(outdir: str) -> Tuple[List[str], List[str]]:
    """The main table's markdown lines, and the notes on the rows it had to skip."""
    lines = ['| Figure | raw | SDK | SDK/raw | target | plain generated | generated/raw | verdict |',
             '|---|---:|---:|---:|---|---:|---:|---|']
    notes = []
    files: Dict[str, Optional[Dict[Tuple[str, str], dict]]] = {}
    for figure in FIGURES:
        if figure.file not in files:
            files[figure.file] = load_results(os.path.join(outdir, figure.file))
            if files[figure.file] is None:
                notes.append(f'{figure.file} is missing or unreadable: its rows are left out.')
        results = files[figure.file]
        if results is None:
            continue
        try:
            raw, sdk, generated = (_value(results, figure, client) for client in CLIENTS)
        except (KeyError, ValueError) as unusable:
            notes.append(f'{figure.label}: left out, unusable unit ({unusable}).')
            continue
        if raw is None and sdk is None and generated is None:
            measured = any((figure.benchmark, client) in results for client in CLIENTS)
            if measured and figure.metric is allocated_bytes:
                notes.append(f'{figure.label}: left out, {figure.file} has no gc.alloc.rate.norm (run with -prof gc).')
            else:
                notes.append(f'{figure.label}: left out, not in {figure.file}.')
            continue
        target = str(figure.target) if figure.target else 'beat generated'
        lines.append(f'| {figure.label} | {format_value(raw, figure.unit)} | {format_value(sdk, figure.unit)} | '
                     f'{format_ratio(ratio_to(sdk, raw))} | {target} | {format_value(generated, figure.unit)} | '
                     f'{format_ratio(ratio_to(generated, raw))} | {verdict(figure, raw, sdk, generated)} |')
    return lines, notes


def starter_table(outdir: str) -> Tuple[List[str], List[str]]:
    """The starter's startup cost: empty application, with the starter, and the difference."""
    results = load_results(os.path.join(outdir, STARTER_STARTUP))
    if results is None:
        return [], [f'{STARTER_STARTUP} is missing or unreadable: no starter table.']
    times = {}
    for app in ('empty', 'starter'):
        result = results.get(('startAndClose', app))
        measured = primary_score(result) if result is not None else None
        if measured is None:
            return [], [f'{STARTER_STARTUP} has no startAndClose figure for app={app}: no starter table.']
        try:
            times[app] = convert(measured[0], measured[1], 'ms')
        except (KeyError, ValueError) as unusable:
            return [], [f'{STARTER_STARTUP}: unusable unit ({unusable}): no starter table.']
    added = times['starter'] - times['empty']
    share = f' ({added / times["empty"]:+.1%})' if times['empty'] else ''
    return ['| empty app ms | with starter ms | added ms (%) |',
            '|---:|---:|---:|',
            f'| {times["empty"]:,.1f} | {times["starter"]:,.1f} | {added:+,.1f}{share} |'], []


def render(outdir: str) -> str:
    """The whole markdown text: main table, starter table, notes."""
    main_lines, notes = main_table(outdir)
    starter_lines, starter_notes = starter_table(outdir)
    parts = ['\n'.join(main_lines),
             '"met": the SDK meets its target ratio to raw (where there is one) and beats the plain generated '
             'client. Scores only, without error margins.']
    if starter_lines:
        parts.append('Spring Boot starter, startup of an empty application (StarterStartupBenchmark):\n\n'
                     + '\n'.join(starter_lines))
    notes += starter_notes
    if notes:
        parts.append('\n'.join(f'- Note: {note}' for note in notes))
    return '\n\n'.join(parts) + '\n'


def main(argv: List[str]) -> int:
    """Prints the tables for argv[1]; 2 on a usage error."""
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print('usage: benchmarks_table.py OUTDIR  (a directory written by tools/run-benchmarks.sh)',
              file=sys.stderr)
        return 2
    sys.stdout.write(render(argv[1]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
