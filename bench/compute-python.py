"""Times Apache Libcloud and openstacksdk on the compute replay server (run by bench/compute-*.bench.ts).

usage: /usr/bin/python3 bench/compute-python.py <libcloud|openstacksdk> <base-url|live> <list|get> <count> <rounds> [server-id]
  base "live": the real cloud, from OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME, STRATUS_BENCH_COMPUTE_URL
  list: ms per full server list (count is ignored; every page the library follows)
  get:  us per server show, over <count> shows per round
Prints one JSON object: {"samples": [...], "items": <servers seen by one list or -1>}.
"""
import json
import sys
import time

import os

lib, base, workload, count, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
FIRST_ID = sys.argv[6] if len(sys.argv) > 6 else "00000000-0000-4000-8000-000000000000"
LIVE = base == "live"
AUTH_URL = os.environ.get("OS_AUTH_URL", "") if LIVE else base + "/v3"
USER = os.environ.get("OS_USERNAME", "demo") if LIVE else "demo"
PASSWORD = os.environ.get("OS_PASSWORD", "") if LIVE else "pw"
PROJECT = os.environ.get("OS_PROJECT_NAME", "demo") if LIVE else "demo"
COMPUTE_URL = os.environ.get("STRATUS_BENCH_COMPUTE_URL", "") if LIVE else base + "/v2.1"


def libcloud_ops():
    from libcloud.compute.providers import get_driver
    from libcloud.compute.types import Provider

    cls = get_driver(Provider.OPENSTACK)
    driver = cls(
        USER, PASSWORD,
        ex_force_auth_url=AUTH_URL.rsplit("/v3", 1)[0], ex_force_auth_version="3.x_password", ex_tenant_name=PROJECT,
        ex_domain_name="Default", ex_force_service_region="RegionOne", ex_force_base_url=COMPUTE_URL,
    )
    return (lambda: driver.list_nodes()), (lambda: driver.ex_get_node_details(FIRST_ID))


def sdk_ops():
    import openstack

    conn = openstack.connection.Connection(
        auth_url=AUTH_URL, username=USER, password=PASSWORD, project_name=PROJECT,
        user_domain_name="Default", project_domain_name="Default", region_name="RegionOne",
    )
    return (lambda: list(conn.compute.servers(details=True))), (lambda: conn.compute.get_server(FIRST_ID))


list_op, get_op = libcloud_ops() if lib == "libcloud" else sdk_ops()
items = len(list_op())  # warm-up: login, discovery, connection
for _ in range(min(count, 200)):
    get_op()
samples = []
for _ in range(rounds):
    if workload == "list":
        started = time.perf_counter()
        list_op()
        samples.append((time.perf_counter() - started) * 1000)
    else:
        started = time.perf_counter()
        for _ in range(count):
            get_op()
        samples.append((time.perf_counter() - started) * 1e6 / count)
print(json.dumps({"samples": samples, "items": items}))
