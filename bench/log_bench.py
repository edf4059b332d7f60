#!/usr/bin/env python3
"""The log under a flood (issue 19): kvs-bench-logflood (the desktop app's real log panel under xvfb) at rising
event rates, repeated; events/s reached and the UI thread's stall (how late a 10 ms heartbeat ran) p50/p99/max.
No anchor. Never part of the test suite. Usage:
  bench/log_bench.py BINARY [--runs N] [--rates 1000,10000,50000,150000] [--seconds S] [--json FILE]
"""
import argparse, json, statistics, subprocess


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('binary')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--rates', default='1000,10000,50000,150000')
    parser.add_argument('--seconds', type=int, default=4)
    parser.add_argument('--json')
    options = parser.parse_args()
    rows = {}
    print(f'{"events/s asked":>15} {"events/s reached":>18} {"stall p50 ms":>13} {"stall p99 ms":>13} {"stall max ms":>13}')
    for rate in [int(r) for r in options.rates.split(',')]:
        runs = []
        for _ in range(options.runs):
            out = subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 1280x800x24', options.binary, str(rate),
                                  str(options.seconds)], capture_output=True, text=True, timeout=120).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        row = {key: statistics.median(r[key] for r in runs)
               for key in ('eventsPerSecond', 'stallP50Ms', 'stallP99Ms', 'stallMaxMs')}
        rows[str(rate)] = row
        print(f'{rate:>15} {row["eventsPerSecond"]:>18.0f} {row["stallP50Ms"]:>13.1f} {row["stallP99Ms"]:>13.1f} '
              f'{row["stallMaxMs"]:>13.1f}')
    if options.json:
        with open(options.json, 'w') as f:
            json.dump({'logFlood': rows, 'runs': options.runs, 'seconds': options.seconds}, f, indent=2)


if __name__ == '__main__':
    main()
