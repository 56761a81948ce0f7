#!/usr/bin/python3
"""Idempotently registers service users, the catalog, the demo project/user
and the heat stack domain in Keystone.  One Python process instead of ~60
`openstack` CLI invocations (each of those costs ~1.5 s of CPU here).

Usage: bootstrap.py <comma-separated services>
Env: STRATUS_CLOUD_PASSWORD (all passwords, required), STRATUS_CLOUD_HOST (default 127.0.0.1)
"""
import os
import sys

from keystoneauth1.identity import v3
from keystoneauth1 import session
from keystoneclient.v3 import client

PW = os.environ["STRATUS_CLOUD_PASSWORD"]
H = os.environ.get("STRATUS_CLOUD_HOST", "127.0.0.1")
REGION = "RegionOne"
wanted = set(sys.argv[1].split(",")) if len(sys.argv) > 1 else set()

auth = v3.Password(auth_url=f"http://{H}:5000/v3", username="admin",
                   password=PW, project_name="admin",
                   user_domain_id="default", project_domain_id="default")
ks = client.Client(session=session.Session(auth=auth), interface="public")


def one(items):
    return items[0] if items else None


def role(name):
    return one(ks.roles.list(name=name)) or ks.roles.create(name)


def project(name, domain="default", desc=""):
    return (one(ks.projects.list(name=name, domain=domain))
            or ks.projects.create(name, domain, description=desc))


def user(name, proj=None, domain="default"):
    u = one(ks.users.list(name=name, domain=domain))
    if u is None:
        u = ks.users.create(name, domain=domain, password=PW,
                            default_project=proj)
    return u


def grant(r, u, proj=None, domain=None):
    # role grants are idempotent (PUT)
    ks.roles.grant(role(r), user=u, project=proj, domain=domain)


def service(stype, name, urls):
    s = one(ks.services.list(type=stype, name=name))
    if s is None:
        s = ks.services.create(name, stype, description=f"{name} ({stype})")
    existing = {e.interface: e for e in ks.endpoints.list(service=s)}
    for iface in ("public", "internal", "admin"):
        url = urls
        e = existing.get(iface)
        if e is None:
            ks.endpoints.create(s, url, interface=iface, region=REGION)
        elif e.url != url:
            ks.endpoints.update(e, url=url)


for r in ("admin", "member", "reader", "service", "heat_stack_owner",
          "heat_stack_user"):
    role(r)

svc_proj = project("service", desc="service users")
demo = project("demo", desc="non-admin demo project")
alt = project("alt_demo", desc="second non-admin project")
demo_user = user("demo", demo)
grant("member", demo_user, proj=demo)
grant("reader", demo_user, proj=demo)
grant("heat_stack_owner", demo_user, proj=demo)
alt_user = user("alt_demo", alt)
grant("member", alt_user, proj=alt)
grant("reader", alt_user, proj=alt)
admin_user = one(ks.users.list(name="admin", domain="default"))
grant("admin", admin_user, proj=demo)
grant("heat_stack_owner", admin_user, proj=one(ks.projects.list(name="admin", domain="default")))

CATALOG = {
    "glance": [("image", "glance", f"http://{H}:9292")],
    "placement": [("placement", "placement", f"http://{H}:8778")],
    "nova": [("compute", "nova", f"http://{H}:8774/v2.1")],
    "neutron": [("network", "neutron", f"http://{H}:9696")],
    "cinder": [("volumev3", "cinderv3", f"http://{H}:8776/v3/%(project_id)s"),
               ("block-storage", "cinder", f"http://{H}:8776/v3/%(project_id)s")],
    "heat": [("orchestration", "heat", f"http://{H}:8004/v1/%(tenant_id)s")],
}
for svc in sorted(wanted):
    if svc not in CATALOG:
        continue
    u = user(svc, svc_proj)
    grant("admin", u, proj=svc_proj)
    grant("service", u, proj=svc_proj)
    for stype, name, url in CATALOG[svc]:
        service(stype, name, url)

if "heat" in wanted:
    d = one(ks.domains.list(name="heat")) or ks.domains.create(
        "heat", description="Owns users and projects created by heat")
    u = user("heat_domain_admin", domain=d)
    grant("admin", u, domain=d)

print("bootstrap.py: catalog ok for", ",".join(sorted(wanted)) or "keystone only")
