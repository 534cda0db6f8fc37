#!/usr/bin/env python3
"""cpu_monitor.py HOST_PID LOG: once a second, logs the CPU (% of one core) used by HOST_PID's process tree
(the JMH host and its fork) and by everything else ("foreign"). Stops the run (fork first, then host) once
foreign load stays above 50 % of a core for 3 s: such a run cannot be used. Ends with the host."""
import os
import sys
import time

host = int(sys.argv[1])
out = open(sys.argv[2], 'w', buffering=1)
hz = os.sysconf('SC_CLK_TCK')


def snapshot():
    procs = {}
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            stat = open(f'/proc/{entry}/stat').read()
            fields = stat[stat.rindex(')') + 2:].split()
            procs[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]),
                                 stat[stat.index('(') + 1:stat.rindex(')')])
        except (OSError, ValueError):
            pass
    return procs


prev = snapshot()
busy = 0
while os.path.exists(f'/proc/{host}'):
    time.sleep(1)
    cur = snapshot()

    def ours(pid):
        for _ in range(50):
            if pid == host:
                return True
            if pid <= 1:
                return False
            pid = cur.get(pid, prev.get(pid, (0,)))[0]
        return False

    mine = foreign = 0.0
    forks, hogs = [], []
    for pid, (ppid, ticks, name) in cur.items():
        if pid == os.getpid():
            continue
        used = (ticks - prev.get(pid, (0, ticks))[1]) / hz * 100
        if ours(pid):
            mine += used
            if ppid == host:
                forks.append(pid)
        else:
            foreign += used
            if used >= 5:
                hogs.append(f'{pid}:{name}:{used:.0f}')
    out.write(f'{time.time():.0f} mine={mine:.0f} foreign={foreign:.0f} '
              f'forks={",".join(map(str, forks))} {" ".join(hogs)}\n')
    busy = busy + 1 if foreign > 50 else 0
    if busy >= 3:
        out.write('ABORT foreign load\n')
        for pid in forks + [host]:
            try:
                os.kill(pid, 15)
            except OSError:
                pass
        break
    prev = cur
