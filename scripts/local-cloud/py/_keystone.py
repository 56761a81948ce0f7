"""A project-scoped admin token from the local Keystone, with the standard library only."""
import json
import os
import urllib.request


def admin_token():
    """Returns (token, project id) for admin on project admin; the password comes from STRATUS_CLOUD_PASSWORD."""
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": "admin", "domain": {"id": "default"}, "password": os.environ["STRATUS_CLOUD_PASSWORD"]}}},
        "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}}
    req = urllib.request.Request("http://127.0.0.1:5000/v3/auth/tokens", json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.headers["X-Subject-Token"], json.load(r)["token"]["project"]["id"]
