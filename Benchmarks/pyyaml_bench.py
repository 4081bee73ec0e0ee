#!/usr/bin/env python3
"""PyYAML's C loader on the same corpus as ParserBench: reads every .yaml file of a folder into
memory, then loads them all with yaml.CBaseLoader (BaseLoader semantics: every value is text,
as in our parser) several times; prints the median pass and MB/s.

  pyyaml_bench.py FOLDER [PASSES]
"""
import os, statistics, sys, time
import yaml

folder = sys.argv[1]
passes = int(sys.argv[2]) if len(sys.argv) > 2 else 5
loader = getattr(yaml, 'CBaseLoader', None)
if loader is None:
    sys.exit('PyYAML was built without libyaml: yaml.CBaseLoader is missing')
files = [open(os.path.join(folder, name), 'rb').read() for name in sorted(os.listdir(folder)) if name.endswith('.yaml')]
size = sum(len(data) for data in files)
times = []
for _ in range(passes):
    start = time.perf_counter()
    for data in files:
        yaml.load(data.decode('utf-8'), Loader=loader)
    times.append(time.perf_counter() - start)
median = statistics.median(times)
print(f'pyyaml-c  files={len(files)} bytes={size} passes={passes} median={median:.3f}s throughput={size / median / 1e6:.1f} MB/s')
