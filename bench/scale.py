#!/usr/bin/env python3
"""scale.py - is ingest cost flat as the store grows, and memory bounded?

    bench/scale.py TIDINGS_BINARY STREAM.jsonl [--db PATH] [--step N]

Runs `tidings ingest` on STREAM into a fresh database under a pseudo-terminal
(so that it prints its progress line), and samples the records done and the
process's resident memory about twice a second. Prints a Markdown table with,
for every STEP articles (default 100,000), the articles/s within that slice
(not since the start) and the resident memory at its end, then the totals.
Flat cost means the per-slice rate does not fall as the store grows; bounded
memory means the RSS stops growing once the active pool is full.
(make bench-scale generates the 1M-article stream with bench/gen_stream.py.)
"""
import argparse
import os
import platform
import pty
import re
import select
import subprocess
import sys
import time


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(binary, stream, db):
    """Yields (seconds, records, rss_kib) samples while the ingest runs."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([binary, "--db", db, "ingest", "--format", "jsonl", stream],
                            stdout=subprocess.DEVNULL, stderr=slave, close_fds=True)
    os.close(slave)
    start, buf, records, peak = time.monotonic(), b"", 0, 0
    pat = re.compile(rb"(\d+) records, ")
    while True:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the ingest closed its terminal
                chunk = b""
            if not chunk:
                break
            buf = (buf + chunk)[-4096:]
            found = pat.findall(buf)
            if found:
                records = int(found[-1])
        rss = rss_kib(proc.pid)
        peak = max(peak, rss)
        yield time.monotonic() - start, records, rss
        if proc.poll() is not None and not ready:
            break
    proc.wait()
    yield time.monotonic() - start, records, 0
    os.close(master)
    if proc.wait() != 0:
        sys.exit("scale: tidings ingest failed (exit %d)" % proc.returncode)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("stream")
    ap.add_argument("--db", default="bench/out/scale.db")
    ap.add_argument("--step", type=int, default=100000)
    a = ap.parse_args()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(a.db + suffix):
            os.remove(a.db + suffix)
    size = os.path.getsize(a.stream)
    rows, mark, last_t, last_n, peak, samples = [], a.step, 0.0, 0, 0, []
    for t, n, rss in run(os.path.abspath(a.binary), a.stream, a.db):
        samples.append((t, n, rss))
        peak = max(peak, rss)
        while n >= mark:
            rows.append((mark, (mark - last_n) / max(t - last_t, 1e-9), rss))
            last_t, last_n, mark = t, mark, mark + a.step
    total_t, total_n = samples[-1][0], samples[-1][1]
    print("### Scale (%s, %d cores, %s)" % (time.strftime("%Y-%m-%d"), os.cpu_count(),
                                            cpu_model()))
    print()
    print("Stream: %s (%d articles seen, %.1f MB). Rate within each slice; RSS at its end."
          % (os.path.basename(a.stream), total_n, size / 1e6))
    print()
    print("| articles stored | articles/s in the slice | RSS (MiB) |")
    print("|---:|---:|---:|")
    for mark, rate, rss in rows:
        print("| %d | %.0f | %.1f |" % (mark, rate, rss / 1024))
    print()
    print("Total: %d articles in %.1f s (%.0f articles/s, %.2f MB/s); peak RSS sampled %.1f MiB."
          % (total_n, total_t, total_n / max(total_t, 1e-9), size / 1e6 / max(total_t, 1e-9),
             peak / 1024))


if __name__ == "__main__":
    main()
