#!/usr/bin/env python3
"""Runs a command several times and prints its median wall time and peak memory.

  measure.py LABEL RUNS [--status CODE|any] -- COMMAND [ARGS...]

Wall time is from fork to exit (process start to file written); peak memory is the child's
ru_maxrss from wait4 (its peak resident set, in MB). Output goes to /dev/null; a run that
exits with another status than CODE (default 0; `any` accepts every exit) stops the measurement.
"""
import os, statistics, subprocess, sys, time


def measure(command, expected=0):
    with open(os.devnull, 'wb') as null:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        errors = process.stderr.read().decode('utf-8', 'replace')
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)
    if expected != 'any' and process.returncode != expected:
        sys.exit(f'{" ".join(command)} failed with exit {process.returncode}:\n{errors[:2000]}')
    return elapsed, usage.ru_maxrss / 1024


def main():
    arguments = sys.argv[3:]
    expected = 0
    if arguments[:1] == ['--status'] and len(arguments) > 1:
        expected = arguments[1] if arguments[1] == 'any' else int(arguments[1])
        arguments = arguments[2:]
    if len(sys.argv) < 5 or arguments[:1] != ['--'] or len(arguments) < 2:
        sys.exit(__doc__)
    label, runs, command = sys.argv[1], int(sys.argv[2]), arguments[1:]
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = measure(command, expected)
        times.append(elapsed)
        peaks.append(peak)
    print(f'| {label} | {statistics.median(times) * 1000:.1f} ms | {min(times) * 1000:.1f}–{max(times) * 1000:.1f} ms '
          f'| {max(peaks):.1f} MB | {runs} |', flush=True)


if __name__ == '__main__':
    main()
