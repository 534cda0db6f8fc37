#!/usr/bin/env python3
"""Prints the machine's CPU use, in % of one core, averaged over N seconds (default 3), from /proc/stat."""
import os
import sys
import time


def sample():
    values = list(map(int, open('/proc/stat').readline().split()[1:]))
    return sum(values), values[3] + values[4]  # total, idle + iowait


seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3
total0, idle0 = sample()
time.sleep(seconds)
total1, idle1 = sample()
total = total1 - total0
print(round((total - (idle1 - idle0)) / total * 100 * os.cpu_count()))
