#!/usr/bin/env python3
"""Tests of shared_budget_table.py on small hand-written JMH results. Standard library only; from this directory:
    python3 -m unittest -v shared_budget_table_test"""
import contextlib
import io
import json
import os
import tempfile
import unittest

import shared_budget_table


def result(method, store, mode, score, unit, p99=None):
    metric = {'score': score, 'scoreError': 1.0, 'scoreUnit': unit}
    if p99 is not None:
        metric['scorePercentiles'] = {'50.0': score, '99.0': p99}
    return {'benchmark': f'com.hoopai.invoices.benchmarks.SharedBudgetBenchmark.{method}', 'mode': mode,
            'params': {'store': store}, 'primaryMetric': metric, 'secondaryMetrics': {}}


# Scores chosen so that every ratio and difference is easy to check by hand.
RESULTS = [
    result('book', 'redis', 'sample', 150.0, 'us/op', p99=400.0),
    result('book', 'local', 'sample', 0.025, 'us/op', p99=0.05),
    result('book8Threads', 'local', 'thrpt', 500000.0, 'ops/ms'),
    result('book8Threads', 'redis', 'thrpt', 5000.0, 'ops/s'),
    result('getInvoice', 'local', 'sample', 100.0, 'us/op', p99=200.0),
    result('getInvoice', 'redis', 'sample', 0.25, 'ms/op', p99=0.6),
]


class SharedBudgetTableTest(unittest.TestCase):

    def render(self, results):
        with tempfile.TemporaryDirectory() as outdir:
            if results is not None:
                with open(os.path.join(outdir, 'shared-budget.json'), 'w', encoding='utf-8') as file:
                    file.write(results if isinstance(results, str) else json.dumps(results))
            return shared_budget_table.render(outdir)

    def test_rows_in_the_benchmarks_order_with_ratios_and_added_time_against_local(self):
        lines = self.render(RESULTS).splitlines()
        self.assertEqual(4, len(lines))
        self.assertEqual('| local | 0.025 | 0.05 | 500,000.0 | 100.0 | 200.0 | 1.00 | +0.0 |', lines[2])
        # 5,000 ops/s is 5 ops/ms; 0.25 ms is 250 us: 2.5 times local, 150 us more per call.
        self.assertEqual('| redis | 150.0 | 400.0 | 5.0 | 250.0 | 600.0 | 2.50 | +150.0 |', lines[3])

    def test_a_store_without_a_figure_shows_a_dash(self):
        lines = self.render([r for r in RESULTS if r['benchmark'].endswith('getInvoice')
                             or r['params']['store'] == 'local']).splitlines()
        self.assertEqual('| redis | – | – | – | 250.0 | 600.0 | 2.50 | +150.0 |', lines[3])

    def test_without_the_local_baseline_there_is_no_ratio(self):
        lines = self.render([r for r in RESULTS if r['params']['store'] == 'redis']).splitlines()
        self.assertEqual('| redis | 150.0 | 400.0 | 5.0 | 250.0 | 600.0 | – | – |', lines[2])

    def test_a_missing_or_unreadable_file_gives_a_note(self):
        self.assertIn('missing or unreadable', self.render(None))
        self.assertIn('missing or unreadable', self.render('{not json'))

    def test_usage_error_without_a_directory(self):
        with contextlib.redirect_stderr(io.StringIO()) as err:
            self.assertEqual(2, shared_budget_table.main(['shared_budget_table.py', '/no/such/dir']))
        self.assertIn('usage', err.getvalue())


if __name__ == '__main__':
    unittest.main()
