#!/usr/bin/python3
"""Exits 0 when cinder's scheduler knows a storage pool (cinder-volume has reported), 1 otherwise.
Env: STRATUS_CLOUD_PASSWORD (admin password)."""
import json
import sys
import urllib.request

from _keystone import admin_token

tok, project_id = admin_token()
req = urllib.request.Request(f"http://127.0.0.1:8776/v3/{project_id}/scheduler-stats/get_pools",
                             headers={"X-Auth-Token": tok})
with urllib.request.urlopen(req, timeout=10) as r:
    sys.exit(0 if json.load(r).get("pools") else 1)
