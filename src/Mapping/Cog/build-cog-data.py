#!/usr/bin/env python3
"""Derives the compact COG files embedded in Hub.Mapping from the INSEE COG sources.

The runtime never reads the shared reference folder: run this script when INSEE publishes a new COG, then commit
the files of Data/. Only the columns the hub needs are kept (code, type, name, parent; movement date, kind, codes,
names), as tab-separated UTF-8, gzip-compressed when large.

    python3 src/Mapping/Cog/build-cog-data.py ../shared/external/insee-cog
"""
import csv
import gzip
import io
import os
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "../shared/external/insee-cog"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Data")
TYPES = {"COM": "C", "ARM": "A", "COMD": "D", "COMA": "S"}


def write(name, rows, compress):
    text = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    path = os.path.join(OUT, name + (".gz" if compress else ""))
    if compress:
        # mtime=0: the same sources give the same bytes, so a rebuild does not show up as a change.
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(text)
    else:
        with open(path, "wb") as f:
            f.write(text)
    print(f"{path}: {len(rows)} rows, {os.path.getsize(path)} bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(SOURCE, "communes.csv"), encoding="utf-8") as f:
        communes = [(TYPES[r["TYPECOM"]], r["COM"], r["LIBELLE"], r["COMPARENT"]) for r in csv.DictReader(f)]
    write("communes.tsv", [(c, t, n, p) for t, c, n, p in communes], compress=True)

    with open(os.path.join(SOURCE, "mouvements-communes.csv"), encoding="utf-8") as f:
        moves = [(r["DATE_EFF"], r["MOD"], TYPES.get(r["TYPECOM_AV"], ""), r["COM_AV"], r["LIBELLE_AV"],
                  TYPES.get(r["TYPECOM_AP"], ""), r["COM_AP"], r["LIBELLE_AP"]) for r in csv.DictReader(f)]
    write("mouvements.tsv", moves, compress=True)

    with open(os.path.join(SOURCE, "pays-2025.csv"), encoding="utf-8") as f:
        pays = [(r["code"], r["name"]) for r in csv.DictReader(f)]
    write("pays.tsv", pays, compress=False)


if __name__ == "__main__":
    main()
