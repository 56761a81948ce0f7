#!/usr/bin/python3
"""Seeds what the tests need, idempotently, and writes the clouds.yaml of the local cloud.

  - public flavors m1.nano, m1.tiny, m1.small; a public 4 KiB raw image `stratus-tiny`
  - the external flat network `public` (203.0.113.0/24, no DHCP; exists in the database only)
  - for project demo: network `demo-net` (10.0.0.0/24) and router `demo-router` (gateway on `public`),
    so floating IPs can be attached to its ports
  - generous quotas for demo, alt_demo and admin (parallel live tests must not hit the defaults)
  - an application credential `stratus-demo-appcred` of the demo user (kept while it still works)
  - <state>/clouds.yaml (mode 0600): stratus-admin, stratus-system-admin, stratus-demo, stratus-alt-demo,
    stratus-demo-appcred, plus the aliases harness-admin, harness-system-admin, harness-demo, harness-alt-demo

Usage: seed.py <state dir> <comma-separated services>
Env: STRATUS_CLOUD_PASSWORD (the password of every account; never printed).
"""
import copy
import io
import json
import os
import sys
import tempfile
import urllib.error
import urllib.request

import openstack
import yaml

STATE, SERVICES = sys.argv[1], set(sys.argv[2].split(","))
PW = os.environ["STRATUS_CLOUD_PASSWORD"]
AUTH_URL = "http://127.0.0.1:5000/v3"
CLOUDS_YAML = os.path.join(STATE, "clouds.yaml")
APPCRED = "stratus-demo-appcred"
FLAVORS = [("m1.nano", 64, 1), ("m1.tiny", 128, 1), ("m1.small", 512, 5)]  # name, RAM MiB, disk GiB
QUOTAS = {
    "compute": {"instances": 100, "cores": 400, "ram": 512000, "key_pairs": 200, "server_groups": 50},
    "network": {"network": 100, "subnet": 100, "port": 1000, "router": 50, "floatingip": 100,
                "security_group": 100, "security_group_rule": 1000},
    "volume": {"volumes": 100, "gigabytes": 2000, "snapshots": 100},
}


def say(msg):
    print(f"seed.py: {msg}", flush=True)


def connect(user, project):
    return openstack.connect(
        auth_url=AUTH_URL, username=user, password=PW, project_name=project, user_domain_id="default",
        project_domain_id="default", region_name="RegionOne", interface="public", identity_api_version="3")


def seed_flavors(admin):
    for name, ram, disk in FLAVORS:
        if admin.compute.find_flavor(name, ignore_missing=True) is None:
            admin.compute.create_flavor(name=name, ram=ram, disk=disk, vcpus=1, is_public=True)
            say(f"flavor {name} created")


def seed_image(admin):
    image = admin.image.find_image("stratus-tiny", ignore_missing=True)
    if image is not None and image.status != "active":
        admin.image.delete_image(image)
        image = None
    if image is None:
        admin.image.create_image(
            name="stratus-tiny", data=io.BytesIO(b"\0" * 4096), disk_format="raw", container_format="bare",
            visibility="public", wait=True, timeout=120, allow_duplicates=True)
        say("image stratus-tiny created")


def seed_networks(admin, demo_id):
    net = admin.network
    public = net.find_network("public", ignore_missing=True)
    if public is None:
        public = net.create_network(name="public", is_router_external=True, provider_network_type="flat",
                                    provider_physical_network="public")
        say("external network public created")
    if net.find_subnet("public-subnet", ignore_missing=True, network_id=public.id) is None:
        net.create_subnet(name="public-subnet", network_id=public.id, ip_version=4, cidr="203.0.113.0/24",
                          gateway_ip="203.0.113.1", is_dhcp_enabled=False,
                          allocation_pools=[{"start": "203.0.113.10", "end": "203.0.113.250"}])
        say("subnet public-subnet created")
    private = net.find_network("demo-net", ignore_missing=True, project_id=demo_id)
    if private is None:
        private = net.create_network(name="demo-net", project_id=demo_id)
        say("network demo-net created")
    subnet = net.find_subnet("demo-subnet", ignore_missing=True, network_id=private.id)
    if subnet is None:
        subnet = net.create_subnet(name="demo-subnet", network_id=private.id, project_id=demo_id, ip_version=4,
                                   cidr="10.0.0.0/24", gateway_ip="10.0.0.1")
        say("subnet demo-subnet created")
    router = net.find_router("demo-router", ignore_missing=True, project_id=demo_id)
    if router is None:
        router = net.create_router(name="demo-router", project_id=demo_id,
                                   external_gateway_info={"network_id": public.id})
        say("router demo-router created")
    attached = any(ip.get("subnet_id") == subnet.id
                   for port in net.ports(device_id=router.id) for ip in port.fixed_ips)
    if not attached:
        net.add_interface_to_router(router, subnet_id=subnet.id)
        say("demo-router attached to demo-subnet")


def seed_quotas(admin, project_ids):
    for pid in project_ids:
        if "nova" in SERVICES:
            admin.set_compute_quotas(pid, **QUOTAS["compute"])
        if "neutron" in SERVICES:
            admin.set_network_quotas(pid, **QUOTAS["network"])
        if "cinder" in SERVICES:
            admin.set_volume_quotas(pid, **QUOTAS["volume"])


def appcred_works(cred):
    body = {"auth": {"identity": {"methods": ["application_credential"], "application_credential": {
        "id": cred["application_credential_id"], "secret": cred["application_credential_secret"]}}}}
    req = urllib.request.Request(f"{AUTH_URL}/auth/tokens", json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status == 201
    except urllib.error.HTTPError:
        return False


def existing_appcred():
    try:
        with open(CLOUDS_YAML, encoding="utf-8") as f:
            auth = yaml.safe_load(f)["clouds"][APPCRED]["auth"]
        return {k: auth[k] for k in ("application_credential_id", "application_credential_secret")}
    except (OSError, KeyError, TypeError, yaml.YAMLError):
        return None


def seed_appcred(demo):
    cred = existing_appcred()
    if cred is not None and appcred_works(cred):
        return cred
    user_id = demo.current_user_id
    for old in demo.identity.application_credentials(user=user_id):
        if old.name == APPCRED:
            demo.identity.delete_application_credential(user_id, old)
    new = demo.identity.create_application_credential(
        user=user_id, name=APPCRED, description="Stratus live tests (scripts/local-cloud/py/seed.py)")
    say(f"application credential {APPCRED} created")
    return {"application_credential_id": new.id, "application_credential_secret": new.secret}


def password_cloud(user, project=None, system_scope=None):
    auth = {"auth_url": AUTH_URL, "username": user, "password": PW, "user_domain_name": "Default"}
    if project:
        auth.update(project_name=project, project_domain_name="Default")
    if system_scope:
        auth["system_scope"] = system_scope
    return {"auth_type": "password", "auth": auth, "region_name": "RegionOne", "interface": "public",
            "identity_api_version": 3}


def write_clouds_yaml(cred):
    clouds = {
        "stratus-admin": password_cloud("admin", "admin"),
        "stratus-system-admin": password_cloud("admin", system_scope="all"),
        "stratus-demo": password_cloud("demo", "demo"),
        "stratus-alt-demo": password_cloud("alt_demo", "alt_demo"),
        APPCRED: {"auth_type": "v3applicationcredential", "auth": {"auth_url": AUTH_URL, **cred},
                  "region_name": "RegionOne", "interface": "public", "identity_api_version": 3},
    }
    for alias in ("admin", "system-admin", "demo", "alt-demo"):
        clouds[f"harness-{alias}"] = copy.deepcopy(clouds[f"stratus-{alias}"])
    header = ("# Written by scripts/local-cloud/up (py/seed.py) for the local Stratus cloud; rewritten on every up.\n"
              "# Holds passwords and an application-credential secret: keep it mode 0600, never commit it.\n")
    fd, tmp = tempfile.mkstemp(dir=STATE, prefix=".clouds.yaml.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:  # mkstemp creates the file with mode 0600
        f.write(header + yaml.safe_dump({"clouds": clouds}, sort_keys=False))
    os.replace(tmp, CLOUDS_YAML)


def main():
    admin = connect("admin", "admin")
    demo_id = admin.identity.find_project("demo", domain_id="default").id
    alt_id = admin.identity.find_project("alt_demo", domain_id="default").id
    admin_id = admin.current_project_id
    if "nova" in SERVICES:
        seed_flavors(admin)
    if "glance" in SERVICES:
        seed_image(admin)
    if "neutron" in SERVICES:
        seed_networks(admin, demo_id)
    seed_quotas(admin, [demo_id, alt_id, admin_id])
    cred = seed_appcred(connect("demo", "demo"))
    write_clouds_yaml(cred)
    say(f"clouds.yaml written: {CLOUDS_YAML}")


if __name__ == "__main__":
    main()
