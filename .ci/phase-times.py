#!/usr/bin/env python3
"""Prints where a CI run's time went, per phase (install, build, unit, integration, browser, WildFly, cluster), and
how many tests ran.

Reads the Maven log written with timestamps (.ci/run asks for them) and the failsafe reports of the gateway
module, whose per-class times split its integration-test run into the API suites and the browser suites. The
cluster boots, and TwoNodesIT runs, beside the other suites, as WildFlySmokeIT does: their times are shown apart
("alongside"), not in the total; only the servers' start and stop executions count as cluster and WildFly. Usage: phase-times.py INSTALL_SECONDS MAVEN_LOG
"""
import glob
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

install = float(sys.argv[1])
log = sys.argv[2]

stamp = re.compile(r"^(\d\d:\d\d:\d\d)")
mojo = re.compile(r"--- ([\w.-]+):[\w.-]+:([\w-]+) \(([\w.-]+)\) @ ([\w.-]+) ---")
events = []  # (time, kind, plugin, goal, execution, module)
day = 0
last = None
for line in open(log, encoding="utf-8", errors="replace"):
    line = re.sub(r"\x1b\[[0-9;]*m", "", line)
    m = stamp.match(line)
    if not m:
        continue
    t = datetime.strptime(m.group(1), "%H:%M:%S") + timedelta(days=day)
    if last is not None and t < last:  # past midnight
        day += 1
        t += timedelta(days=1)
    last = t
    mm = mojo.search(line)
    if mm:
        events.append((t, "mojo", mm.group(1), mm.group(2), mm.group(3), mm.group(4)))
if not events:
    print("phase times: no timestamped Maven log to read")
    sys.exit(0)
events.append((last, "end", "", "", "", ""))

phases = {"install": install, "build": 0.0, "unit": 0.0, "integration": 0.0, "browser": 0.0, "WildFly": 0.0, "cluster": 0.0}
gateway_failsafe = 0.0
for (t, _, plugin, goal, execution, module), nxt in zip(events, events[1:]):
    span = (nxt[0] - t).total_seconds()
    if plugin == "maven-surefire-plugin":
        phases["unit"] += span
    elif plugin == "wildfly-maven-plugin" or execution.startswith("wildfly"):
        phases["WildFly"] += span
    elif execution.startswith("cluster"):
        phases["cluster"] += span
    elif plugin == "maven-failsafe-plugin" and goal == "integration-test":
        gateway_failsafe += span
    elif plugin == "exec-maven-plugin" and execution.startswith("test-server"):
        phases["integration"] += span
    else:
        phases["build"] += span

# Split the gateway's test run by what its classes took.
browser = wildfly = cluster = 0.0
for report in glob.glob("gateway/target/failsafe-reports*/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    took = float(suite.get("time", "0").replace(",", ""))
    name = suite.get("name", "")
    if name.endswith("BrowserIT"):
        browser += took
    elif name.endswith("WildFlySmokeIT"):
        wildfly += took
    elif ".cluster." in name:
        cluster += took
phases["browser"] += browser
phases["integration"] += max(0.0, gateway_failsafe - browser)

# Every test the run executed, from every module's reports, on one plain line.
tests = failed = skipped = 0
for report in glob.glob("*/target/surefire-reports/TEST-*.xml") + glob.glob("*/target/failsafe-reports*/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    tests += int(suite.get("tests", "0"))
    failed += int(suite.get("failures", "0")) + int(suite.get("errors", "0"))
    skipped += int(suite.get("skipped", "0"))

total = sum(phases.values())
print("== time per phase")
for name, seconds in phases.items():
    print(f"  {name:<12} {seconds:7.0f} s")
print(f"  {'total':<12} {total:7.0f} s")
print(f"  {'cluster, alongside':<12} {cluster:7.0f} s (TwoNodesIT, beside the suites above; not in the total)")
print(f"  {'WildFly, alongside':<12} {wildfly:7.0f} s (WildFlySmokeIT, beside the suites above; not in the total)")
print(f"tests: {tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
