#!/usr/bin/env python3
"""Tests of benchmarks_table.py on small hand-written JMH results. Standard library only; from this directory:
    python3 -m unittest -v benchmarks_table_test
(the file name does not match unittest's default discovery pattern, so name the module, or add -p '*_test.py')."""
import contextlib
import io
import json
import os
import tempfile
import unittest

import benchmarks_table

# JMH's JSON shape, cut down to what the script reads. ApiCallBenchmark runs in SampleTime (us/op) and
# Throughput (ops/ms) with -prof gc; scores chosen so that every ratio is easy to check by hand.
API_CALLS_JSON = """[
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.getInvoice", "mode": "sample",
   "params": {"client": "raw"},
   "primaryMetric": {"score": 100.0, "scoreError": 1.5, "scoreUnit": "us/op",
                     "scorePercentiles": {"50.0": 98.0, "99.0": 200.0, "100.0": 900.0}},
   "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 10000.0, "scoreError": 3.0, "scoreUnit": "B/op"}}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.getInvoice", "mode": "sample",
   "params": {"client": "sdk"},
   "primaryMetric": {"score": 105.0, "scoreError": 1.5, "scoreUnit": "us/op",
                     "scorePercentiles": {"50.0": 103.0, "99.0": 240.0, "100.0": 950.0}},
   "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 14500.4, "scoreError": 3.0, "scoreUnit": "B/op"}}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.getInvoice", "mode": "sample",
   "params": {"client": "generated"},
   "primaryMetric": {"score": 130.0, "scoreError": 1.5, "scoreUnit": "us/op",
                     "scorePercentiles": {"50.0": 128.0, "99.0": 230.0, "100.0": 990.0}},
   "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 20000.0, "scoreError": 3.0, "scoreUnit": "B/op"}}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.throughput32Threads", "mode": "thrpt",
   "params": {"client": "raw"},
   "primaryMetric": {"score": 40.0, "scoreError": 2.0, "scoreUnit": "ops/ms"}, "secondaryMetrics": {}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.throughput32Threads", "mode": "thrpt",
   "params": {"client": "sdk"},
   "primaryMetric": {"score": 34.0, "scoreError": 2.0, "scoreUnit": "ops/ms"}, "secondaryMetrics": {}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.throughput32Threads", "mode": "thrpt",
   "params": {"client": "generated"},
   "primaryMetric": {"score": 30.0, "scoreError": 2.0, "scoreUnit": "ops/ms"}, "secondaryMetrics": {}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.throughput8Threads", "mode": "thrpt",
   "params": {"client": "raw"},
   "primaryMetric": {"score": 30000.0, "scoreError": 2.0, "scoreUnit": "ops/s"}, "secondaryMetrics": {}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.throughput8Threads", "mode": "thrpt",
   "params": {"client": "sdk"},
   "primaryMetric": {"score": 20000.0, "scoreError": 2.0, "scoreUnit": "ops/s"}, "secondaryMetrics": {}},
  {"benchmark": "com.hoopai.invoices.benchmarks.ApiCallBenchmark.throughput8Threads", "mode": "thrpt",
   "params": {"client": "generated"},
   "primaryMetric": {"score": 25000.0, "scoreError": 2.0, "scoreUnit": "ops/s"}, "secondaryMetrics": {}}
]"""

STARTER_STARTUP_JSON = """[
  {"benchmark": "com.hoopai.invoices.benchmarks.StarterStartupBenchmark.startAndClose", "mode": "ss",
   "params": {"app": "empty"}, "primaryMetric": {"score": 800.0, "scoreError": 20.0, "scoreUnit": "ms/op"}},
  {"benchmark": "com.hoopai.invoices.benchmarks.StarterStartupBenchmark.startAndClose", "mode": "ss",
   "params": {"app": "starter"}, "primaryMetric": {"score": 1000.0, "scoreError": 20.0, "scoreUnit": "ms/op"}}
]"""


def row(markdown: str, label: str) -> list:
    """The cells of the table row whose Figure starts with label."""
    for line in markdown.splitlines():
        cells = [cell.strip() for cell in line.strip('|').split('|')]
        if cells and cells[0].startswith(label):
            return cells
    raise AssertionError(f'no row {label!r} in:\n{markdown}')


class BenchmarksTableTest(unittest.TestCase):
    """Ratios, verdicts and the behaviour on missing files, on the fixtures above."""

    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.outdir = self.directory.name
        self.write('api-calls.json', API_CALLS_JSON)
        self.write('starter-startup.json', STARTER_STARTUP_JSON)

    def tearDown(self):
        self.directory.cleanup()

    def write(self, name, text):
        with open(os.path.join(self.outdir, name), 'w', encoding='utf-8') as file:
            file.write(text)

    def test_fixture_is_valid_json(self):
        self.assertEqual(9, len(json.loads(API_CALLS_JSON)))

    def test_latency_ratio_and_met_verdict(self):
        cells = row(benchmarks_table.render(self.outdir), 'getInvoice latency avg')
        self.assertEqual(['100.0', '105.0', '1.05', '≤ 1.10', '130.0', '1.30', 'met'], cells[1:])

    def test_p99_misses_its_ratio_target_and_beating_generated(self):
        verdict = row(benchmarks_table.render(self.outdir), 'getInvoice latency p99')[-1]
        self.assertEqual('missed: SDK/raw 1.20, target ≤ 1.10; plain generated better (SDK 240.0 vs 230.0 us)',
                         verdict)

    def test_allocation_in_bytes_with_thousands_separators(self):
        cells = row(benchmarks_table.render(self.outdir), 'getInvoice allocated per call')
        self.assertEqual(['10,000', '14,500', '1.45', '≤ 1.50', '20,000', '2.00', 'met'], cells[1:])

    def test_throughput_target_is_at_least(self):
        cells = row(benchmarks_table.render(self.outdir), 'getInvoice throughput, 32 threads')
        self.assertEqual(['40.0', '34.0', '0.85', '≥ 0.90', '30.0', '0.75', 'missed: SDK/raw 0.85, target ≥ 0.90'],
                         cells[1:])

    def test_throughput_without_ratio_target_only_has_to_beat_generated(self):
        cells = row(benchmarks_table.render(self.outdir), 'getInvoice throughput, 8 threads')
        # 30000 ops/s is 30 ops/ms: converted to the row's unit.
        self.assertEqual(['30.0', '20.0', '0.67', 'beat generated', '25.0', '0.83',
                          'missed: plain generated better (SDK 20.0 vs 25.0 ops/ms)'], cells[1:])

    def test_figure_absent_from_a_present_file_is_left_out_with_a_note(self):
        markdown = benchmarks_table.render(self.outdir)
        self.assertNotIn('| createInvoice latency avg', markdown)
        self.assertIn('createInvoice latency avg (us): left out, not in api-calls.json', markdown)

    def test_allocation_without_gc_profiler_is_left_out_with_a_hint(self):
        results = json.loads(API_CALLS_JSON)
        for result in results:
            result['secondaryMetrics'] = {}
        self.write('api-calls.json', json.dumps(results))
        markdown = benchmarks_table.render(self.outdir)
        self.assertNotIn('| getInvoice allocated', markdown)
        self.assertIn('getInvoice allocated per call (bytes): left out, api-calls.json has no gc.alloc.rate.norm '
                      '(run with -prof gc)', markdown)

    def test_missing_files_leave_rows_out_with_a_note(self):
        markdown = benchmarks_table.render(self.outdir)
        self.assertNotIn('| auto-paging', markdown)
        self.assertNotIn('| cold start', markdown)
        self.assertIn('auto-paging.json is missing or unreadable', markdown)
        self.assertIn('cold-start.json is missing or unreadable', markdown)

    def test_empty_directory_gives_notes_only(self):
        with tempfile.TemporaryDirectory() as empty:
            markdown = benchmarks_table.render(empty)
        self.assertEqual(2, markdown.count('|\n'))   # header and separator of the main table only
        self.assertIn('api-calls.json is missing or unreadable', markdown)
        self.assertIn('starter-startup.json is missing or unreadable: no starter table.', markdown)

    def test_unreadable_file_is_a_note_not_a_crash(self):
        self.write('cold-start.json', '[{"benchmark": "truncated')
        self.assertIn('cold-start.json is missing or unreadable', benchmarks_table.render(self.outdir))

    def test_missing_client_is_a_dash_and_a_reason(self):
        results = [r for r in json.loads(API_CALLS_JSON) if r['params']['client'] != 'generated']
        self.write('api-calls.json', json.dumps(results))
        cells = row(benchmarks_table.render(self.outdir), 'getInvoice latency avg')
        self.assertEqual('–', cells[5])
        self.assertEqual('missed: no plain generated figure to compare', cells[-1])

    def test_starter_table(self):
        markdown = benchmarks_table.render(self.outdir)
        self.assertIn('| empty app ms | with starter ms | added ms (%) |', markdown)
        self.assertIn('| 800.0 | 1,000.0 | +200.0 (+25.0%) |', markdown)

    def test_main_prints_and_rejects_a_missing_directory(self):
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            self.assertEqual(0, benchmarks_table.main(['benchmarks_table.py', self.outdir]))
            self.assertEqual(2, benchmarks_table.main(['benchmarks_table.py', os.path.join(self.outdir, 'no')]))
        self.assertTrue(stdout.getvalue().startswith('| Figure | raw | SDK | SDK/raw | target | plain generated |'))
        self.assertIn('usage:', stderr.getvalue())


if __name__ == '__main__':
    unittest.main()
