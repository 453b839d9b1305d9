#!/usr/bin/env python3
"""Feed damaged Parquet files to pq2json: each must fail with exit status 1
and a message naming the problem, never crash.  With --valgrind, a few cases
also run under valgrind (memcheck errors or leaks fail the test).

usage: check_errors.py PQ2JSON SEED_DIR WORK_DIR [--valgrind]
SEED_DIR holds files written by run.mjs (out/), e.g. t_snappy_V1_dict_700.parquet.
"""
import os
import subprocess
import sys


def run(pq2json, path, extra=(), valgrind=False):
    cmd = [pq2json, path, *extra]
    if valgrind:
        cmd = ["valgrind", "-q", "--error-exitcode=99", "--leak-check=full",
               "--errors-for-leak-kinds=definite,indirect,possible"] + cmd
    p = subprocess.run(cmd, capture_output=True)
    return p.returncode, p.stderr.decode("utf-8", "replace").strip()


def main():
    pq2json, seed_dir, work = sys.argv[1:4]
    use_vg = "--valgrind" in sys.argv
    os.makedirs(work, exist_ok=True)
    base = open(os.path.join(seed_dir, "t_snappy_V1_dict_700.parquet"), "rb").read()
    zstd = open(os.path.join(seed_dir, "t_zstd_V2_nodict_1000000.parquet"), "rb").read()
    mlen = int.from_bytes(base[-8:-4], "little")
    foot = len(base) - 8 - mlen
    cases = []
    for cut in [0, 3, 4, 11, 12, 100, len(base) // 2, len(base) - 9, len(base) - 8,
                len(base) - 1]:
        cases.append((f"truncated at {cut}", base[:cut], ()))
    cases.append(("wrong magic at start", b"PAR2" + base[4:], ()))
    cases.append(("wrong magic at end", base[:-4] + b"PAR0", ()))
    cases.append(("footer length too big", base[:-8] + (len(base)).to_bytes(4, "little") + b"PAR1", ()))
    for k, off in enumerate([1, 7, 50, mlen // 3, mlen // 2, mlen - 20]):
        b = bytearray(base)
        for j in range(4):
            b[foot + off + j] ^= 0xFF
        cases.append((f"footer bytes {off}..{off + 3} flipped", bytes(b), ()))
    b = bytearray(base)
    b[4:14] = b"\xff" * 10
    cases.append(("first page header overwritten", bytes(b), ()))
    b = bytearray(zstd)
    for j in range(60, 80):
        b[j] ^= 0x5A
    cases.append(("zstd page header damaged", bytes(b), ()))
    b = bytearray(zstd)
    for j in range(len(zstd) // 3, len(zstd) // 3 + 16):
        b[j] ^= 0x5A
    cases.append(("zstd page data damaged", bytes(b), ()))
    cases.append(("1000 data bytes cut out, footer intact", base[:2000] + base[3000:], ()))
    b = bytearray(base)
    for j in range(30, 38):
        b[j] ^= 0x33
    cases.append(("snappy page data damaged", bytes(b), ()))
    b = bytearray(base)
    b[5] = (b[5] + 6) & 0xFF   # shifts a size varint of the first page header
    cases.append(("first page size changed", bytes(b), ()))
    pat = b"\x15\x02\x16"      # ColumnMetaData: codec SNAPPY, then num_values
    n = base[foot:].count(pat)
    lzo = base[:foot] + base[foot:].replace(pat, b"\x15\x06\x16") if n else None
    if lzo:
        cases.append((f"codec patched to LZO ({n} chunks)", lzo, ()))
    cases.append(("column that does not exist", base, ("--columns", "nosuch")))
    cases.append(("nested column that does not exist", base, ("--columns", "st.nosuch")))
    failed = 0
    vg_cases = {"truncated at 100", "footer bytes 50..53 flipped", "zstd page data damaged",
                "first page header overwritten", "column that does not exist",
                "codec patched to LZO (%d chunks)" % n}
    for name, data, extra in cases:
        path = os.path.join(work, "bad.parquet")
        with open(path, "wb") as fh:
            fh.write(data)
        rc, err = run(pq2json, path, extra)
        ok = rc == 1 and "pq2json: error:" in err
        if name.startswith("footer bytes") and rc == 0:
            ok = True          # the flip hit bytes that do not matter (statistics)
            err = "read fine (flipped bytes not used by the reader)"
        if use_vg and name in vg_cases:
            vrc, verr = run(pq2json, path, extra, valgrind=True)
            vg_ok = vrc == 1
            ok = ok and vg_ok
            name += " [valgrind %s]" % ("clean" if vg_ok else "FAILED rc=%d %s" % (vrc, verr[:300]))
        failed += not ok
        msg = err.split("error: ", 1)[-1].split(": ", 1)[-1] if err else ""
        print(f"{'ok  ' if ok else 'FAIL'} {name}: rc={rc} {msg[:220]}")
    print(f"{len(cases) - failed}/{len(cases)} error cases handled")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
