#!/usr/bin/python3
"""Waits until the fake compute host is usable: registered as a hypervisor (mapped to cell1), known to
placement, and its nova-compute service is up with a heartbeat newer than the process start.
Runs `nova-manage cell_v2 discover_hosts` itself (the scheduler's periodic discovery lags ~1 min).

Usage: wait_compute.py <process start, UTC ISO> <nova-compute pid file> <nova.conf>
Env: STRATUS_CLOUD_PASSWORD (admin password). Exits 0 when ready, 1 after 120 s or if nova-compute died.
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

from _keystone import admin_token

cstart, pidfile, novaconf = sys.argv[1:4]


def get(url, tok):
    h = {"X-Auth-Token": tok, "OpenStack-API-Version": "compute 2.53"}
    with urllib.request.urlopen(urllib.request.Request(url, headers=h), timeout=10) as r:
        return json.load(r)


tok, _ = admin_token()
pid = int(open(pidfile).read())
last_discover = 0.0
for _ in range(240):
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit("nova-compute died")
    try:
        svcs = get("http://127.0.0.1:8774/v2.1/os-services?binary=nova-compute", tok)["services"]
        hyps = get("http://127.0.0.1:8774/v2.1/os-hypervisors", tok)["hypervisors"]
        rps = get("http://127.0.0.1:8778/resource_providers", tok)["resource_providers"]
        if hyps and rps and svcs and svcs[0]["state"] == "up" and (svcs[0]["updated_at"] or "") >= cstart:
            sys.exit(0)
        if svcs and not hyps and time.time() - last_discover > 10:
            last_discover = time.time()
            subprocess.run(["nova-manage", "--config-file", novaconf, "cell_v2", "discover_hosts"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    except (OSError, ValueError, KeyError):
        pass  # an API not answering yet, or answering an error: retry
    time.sleep(0.5)
sys.exit("timeout: the fake compute host did not become ready in 120 s")
