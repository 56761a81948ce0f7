"""Times Apache Libcloud's EC2 driver and boto3 listing every instance on a moto server (run by bench/ec2-list.bench.ts).

usage: <venv>/bin/python bench/ec2-python.py <libcloud|boto3> <endpoint-url> <rounds>
Prints one JSON object: {"samples": [ms per full list, ...], "items": <instances seen by one list>}.
"""
import json
import sys
import time
from urllib.parse import urlparse

lib, endpoint, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = urlparse(endpoint)
LIVE = ["pending", "running", "shutting-down", "stopping", "stopped"]


def libcloud_list():
    import libcloud.compute.drivers.ec2 as ec2
    from libcloud.compute.providers import get_driver
    from libcloud.compute.types import Provider

    # moto writes xmlns="http://ec2.amazonaws.com/doc/2016-11-15" (no trailing slash, unlike AWS); libcloud's
    # namespaced XPath would find no instance at all
    ec2.NAMESPACE = ec2.NAMESPACE.rstrip("/")

    driver = get_driver(Provider.EC2)(
        "AKIABENCH", "bench-secret", region="us-east-1", host=url.hostname, port=url.port, secure=False,
        signature_version="4",  # libcloud defaults to SigV2 for us-east-1, which moto routes to S3
    )
    return lambda: driver.list_nodes(ex_filters={"instance-state-name": LIVE})


def boto3_list():
    import boto3

    client = boto3.client(
        "ec2", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="AKIABENCH", aws_secret_access_key="bench-secret",
    )
    paginator = client.get_paginator("describe_instances")

    def run():
        return [
            i
            for page in paginator.paginate(Filters=[{"Name": "instance-state-name", "Values": LIVE}])
            for r in page["Reservations"]
            for i in r["Instances"]
        ]

    return run


run = libcloud_list() if lib == "libcloud" else boto3_list()
items = len(run())  # warm-up
samples = []
for _ in range(rounds):
    t = time.perf_counter()
    run()
    samples.append((time.perf_counter() - t) * 1000)
print(json.dumps({"samples": samples, "items": items}))
