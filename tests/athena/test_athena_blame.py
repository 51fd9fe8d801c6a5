#!/usr/bin/env python3
"""replay --athena against replay's own blame.

For each design: `vpc-designer replay DESIGN --athena DIR` writes the tables and blame.sql;
the flow-log records (the small logs of the tests, the logs `simulate --flow-logs` writes
for the design, and random REJECT records at every interface of the design) are loaded
into SQLite with the two CSV tables, and blame.sql's own query runs there. The one thing
changed is the function that turns an address into its 32-digit key: Trino's
to_hex(CAST(CAST(a AS IPADDRESS) AS VARBINARY)) becomes ip_key(a), defined here as Trino
defines it. For every REJECT, the setting the query names must be the setting `replay`
names (or none on both sides).

usage: test_athena_blame.py VPC_DESIGNER TEST_DATA RESOURCES
"""
import csv
import functools
import glob
import gzip
import ipaddress
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile

DESIGNER, TEST_DATA, RESOURCES = sys.argv[1:4]

CASES = [
    # design, logs of the tests
    (f"{TEST_DATA}/simulation/aws-rdp.yaml", [f"{TEST_DATA}/simulation/aws-records.log"]),
    (f"{RESOURCES}/examples/three-tier.yaml", []),
    (f"{RESOURCES}/examples/peered-web.yaml", []),
    (f"{TEST_DATA}/intents/three-tier-intents-opened.yaml", []),
    (f"{RESOURCES}/lessons/basics-stateless-acl.yaml", []),
    (f"{RESOURCES}/lessons/flow-logs-basics.yaml", []),
    (f"{RESOURCES}/lessons/ipv6-egress-only.yaml", []),
    (f"{TEST_DATA}/simulation/prefix-lists.yaml", []),
]
RANDOM_RECORDS = 1500
HEADER = ("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes "
          "start end action log-status")


def run(*args):
    p = subprocess.run([DESIGNER, *args], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(args)}: exit {p.returncode}\n{p.stderr}")
    return p.stdout


@functools.lru_cache(maxsize=None)  # SQLite calls it once per row the join meets
def ip_key(text):
    """Trino's to_hex(CAST(CAST(text AS IPADDRESS) AS VARBINARY)): 16 bytes, IPv4 mapped."""
    a = ipaddress.ip_address(text)
    if a.version == 4:
        a = ipaddress.IPv6Address("::ffff:" + text)
    return a.packed.hex().upper()


def read_log(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        lines = f.read().splitlines()
    fields = lines[0].split()
    if fields[0] != "version":
        fields = HEADER.split()
        data = lines
    else:
        data = lines[1:]
    records = []
    for line in data:
        values = line.split()
        if len(values) != len(fields):
            continue
        records.append(dict(zip([f.replace("-", "_") for f in fields], values)))
    return records


def random_records(interfaces, rng):
    """REJECT records at the design's interfaces, from and to addresses of every kind."""
    everywhere = []
    for i in interfaces:
        for a in (i["private_v4"], i["public_v4"], i["ipv6"]):
            if a:
                everywhere.append(a)
    out = []
    for _ in range(RANDOM_RECORDS):
        i = rng.choice(interfaces)
        v6 = bool(i["ipv6"]) and rng.random() < 0.3
        mine = i["ipv6"] if v6 else i["private_v4"]
        pick = rng.random()
        if pick < 0.35:
            candidates = [a for a in everywhere if (":" in a) == v6]
            other = rng.choice(candidates)
        elif pick < 0.6:
            # near a design address: the edges of the classes
            base = ipaddress.ip_address(rng.choice([a for a in everywhere if (":" in a) == v6]))
            other = str(base + rng.randint(-300, 300)) if not v6 else str(base + rng.randint(-70000, 70000))
        elif v6:
            other = str(ipaddress.IPv6Address(rng.getrandbits(128)))
        else:
            other = str(ipaddress.IPv4Address(rng.getrandbits(32)))
        protocol = rng.choice([6, 6, 6, 17, 17, 1, 58, 47, 50, 132])
        if protocol in (6, 17, 132):
            ports = [22, 53, 80, 443, 1024, 1433, 3306, 3389, 5432, 8080, 32768, 61000, 65535]
            sport = rng.choice(ports + [rng.randint(0, 65535) for _ in range(4)])
            dport = rng.choice(ports + [rng.randint(0, 65535) for _ in range(4)])
        else:
            sport = dport = 0
        ingress = rng.random() < 0.5
        if ingress and not v6 and i["public_v4"] and rng.random() < 0.2:
            mine = i["public_v4"]
        src, dst = (other, mine) if ingress else (mine, other)
        if src == dst:
            continue
        out.append({"version": "2", "account_id": "123456789012", "interface_id": i["interface_id"],
                    "srcaddr": src, "dstaddr": dst, "srcport": str(sport), "dstport": str(dport),
                    "protocol": str(protocol), "packets": "1", "bytes": "40", "start": "1700000000",
                    "end": "1700000060", "action": "REJECT", "log_status": "OK"})
    return out


def write_log(path, records):
    with open(path, "w") as f:
        f.write(HEADER + "\n")
        for r in records:
            f.write(" ".join(r[k.replace("-", "_")] for k in HEADER.split()) + "\n")


def queries(sql):
    """blame.sql's queries, with the address key as SQLite can compute it."""
    found = re.findall(r"^(WITH k AS \(.*?;)$", sql, re.S | re.M)
    out = []
    for q in found:
        q = q.replace("to_hex(CAST(CAST(", "ip_key((").replace(" AS IPADDRESS) AS VARBINARY))", "))")
        table = re.search(r"FROM (\w+) l JOIN", q).group(1)
        out.append((table, q))
    return out


def check(design, logs, work, rng):
    name = os.path.basename(design)
    athena = os.path.join(work, name + ".athena")
    run("replay", design, "--athena", athena)
    with open(os.path.join(athena, "blame/interfaces/interfaces.csv")) as f:
        interfaces = list(csv.DictReader(f))
    with open(os.path.join(athena, "blame/classes/classes.csv")) as f:
        classes = list(csv.DictReader(f))
    with open(os.path.join(athena, "blame.sql")) as f:
        sql = f.read()
    # The logs: the tests' own, what simulate writes for the design, random rejects.
    flowlogs = os.path.join(work, name + ".flowlogs")
    subprocess.run([DESIGNER, "simulate", design, "--flow-logs", flowlogs], capture_output=True)
    files = list(logs) + glob.glob(os.path.join(flowlogs, "**", "*.log.gz"), recursive=True)
    randoms = os.path.join(work, name + ".random.log")
    write_log(randoms, random_records(interfaces, rng))
    files.append(randoms)
    records = [r for path in files for r in read_log(path)]

    db = sqlite3.connect(":memory:")
    db.create_function("ip_key", 1, ip_key, deterministic=True)
    for table, columns, rows in (("vpc_designer_interfaces", list(interfaces[0].keys()), interfaces),
                                 ("vpc_designer_blame_classes", list(classes[0].keys()) if classes else [], classes)):
        if not columns:
            continue
        db.execute(f"CREATE TABLE {table} ({', '.join(c + ' TEXT' for c in columns)})")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})",
                       [tuple(r[c] for c in columns) for r in rows])
    # An index, as Athena would not need one: the query's text stays as written.
    if classes:
        db.execute("CREATE INDEX by_interface ON vpc_designer_blame_classes (interface_id, flow_direction)")
    found = queries(sql)
    assert found, f"{name}: blame.sql has no query"
    table, query = found[0]
    db.execute(f"CREATE TABLE {table} (interface_id TEXT, srcaddr TEXT, dstaddr TEXT, srcport INTEGER, "
               "dstport INTEGER, protocol INTEGER, packets INTEGER, action TEXT)")
    db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(r["interface_id"], r["srcaddr"], r["dstaddr"], int(r["srcport"]), int(r["dstport"]),
                     int(r["protocol"]), int(r["packets"]), r["action"]) for r in records
                    if r.get("log_status", "OK") == "OK" and r["action"] == "REJECT"])
    athena_blame = {}
    for row in db.execute(query):
        key = (row[0], row[2], row[3], int(row[4]), int(row[5]), int(row[6]))
        assert key not in athena_blame or athena_blame[key] == row[7], f"{name}: {key} blamed twice"
        athena_blame[key] = row[7]

    replayed = json.loads(run("replay", design, *files, "--format", "json"))
    replay_blame = {}
    for r in replayed["rejects"]:
        key = (r["interface-id"], r["srcaddr"], r["dstaddr"], r["srcport"], r["dstport"], r["protocol"])
        replay_blame[key] = " + ".join(h["setting"] for h in r["blocked-by"]) or "-"
    known = {i["interface_id"] for i in interfaces}
    replay_blame = {k: v for k, v in replay_blame.items() if k[0] in known}

    wrong = [(k, athena_blame.get(k), v) for k, v in replay_blame.items() if athena_blame.get(k) != v]
    extra = [k for k in athena_blame if k not in replay_blame]
    blamed = sum(1 for v in replay_blame.values() if v != "-")
    print(f"{name}: {len(classes)} class rows, {len(replay_blame)} rejected 5-tuples "
          f"({blamed} blamed on a setting), {len(wrong)} disagreements")
    for k, athena_says, replay_says in wrong[:10]:
        print(f"  {k}: athena {athena_says!r}, replay {replay_says!r}")
    if extra:
        print(f"  {len(extra)} tuples only the query saw, e.g. {extra[:3]}")
    return not wrong and not extra and len(replay_blame) > 0


def main():
    rng = random.Random(20261203)
    ok = True
    with tempfile.TemporaryDirectory() as work:
        for design, logs in CASES:
            ok = check(design, logs, work, rng) and ok
    if not ok:
        sys.exit("replay --athena and replay disagree")
    print("replay --athena agrees with replay on every REJECT")


if __name__ == "__main__":
    main()
