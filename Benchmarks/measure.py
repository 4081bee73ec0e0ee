#!/usr/bin/env python3
"""Runs a command several times and prints its median wall time and peak memory.

  measure.py LABEL RUNS -- COMMAND [ARGS...]

Wall time is from fork to exit (process start to file written); peak memory is the child's
ru_maxrss from wait4 (its peak resident set, in MB). Output goes to /dev/null; a failing run
stops the measurement with its exit code.
"""
import os, statistics, subprocess, sys, time


def measure(command):
    with open(os.devnull, 'wb') as null:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        errors = process.stderr.read().decode('utf-8', 'replace')
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f'{" ".join(command)} failed with exit {process.returncode}:\n{errors[:2000]}')
    return elapsed, usage.ru_maxrss / 1024


def main():
    if len(sys.argv) < 5 or sys.argv[3] != '--':
        sys.exit(__doc__)
    label, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[4:]
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = measure(command)
        times.append(elapsed)
        peaks.append(peak)
    print(f'| {label} | {statistics.median(times) * 1000:.1f} ms | {min(times) * 1000:.1f}–{max(times) * 1000:.1f} ms '
          f'| {max(peaks):.1f} MB | {runs} |', flush=True)


if __name__ == '__main__':
    main()
