# shellcheck shell=bash
# Nova: API on 127.0.0.1:8774, conductor, scheduler, and nova-compute with the fake virt driver
# (pylib/harness_fakevirt.py: nova's FakeDriver + snapshots that upload bytes), host name os-harness.

NOVA_CONF="$STATE/etc/nova/nova.conf"

config_nova() {
  local conf=$NOVA_CONF
  mkdir -p "$STATE/etc/nova" "$STATE/nova"/{instances,lock}
  write_config "$conf" nova-api nova-conductor nova-scheduler <<EOC
[DEFAULT]
debug = $DEBUG
host = os-harness
my_ip = $H
state_path = $STATE/nova
instances_path = $STATE/nova/instances
transport_url = $RABBIT
# = nova.virt.fake.FakeDriver + snapshots upload bytes (pylib/harness_fakevirt.py)
compute_driver = harness_fakevirt.HarnessFakeDriver
enabled_apis = osapi_compute
osapi_compute_listen = $H
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
metadata_workers = 1
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
allow_resize_to_same_host = true
heal_instance_info_cache_interval = -1
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[api_database]
connection = $(db nova nova_api)
[database]
connection = $(db nova nova)
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 2
[oslo_concurrency]
lock_path = $STATE/nova/lock
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
[vnc]
# console URLs can be requested (the fake driver returns a fake console); no proxy runs
enabled = true
server_listen = $H
server_proxyclient_address = $H
novncproxy_base_url = http://$H:6080/vnc_auto.html
[spice]
enabled = false
[serial_console]
enabled = false
[notifications]
notification_format = unversioned
[oslo_messaging_notifications]
driver = noop
[glance]
region_name = RegionOne
[cinder]
os_region_name = RegionOne
$(svc_auth cinder nova)
$(svc_auth placement placement)
$(svc_auth neutron neutron)
$(svc_auth service_user nova)
send_service_user_token = true
$AUTHTOKEN
username = nova
EOC
  # nova-compute must not see DB URLs (else "No DB access allowed in nova-compute" errors)
  write_config "$STATE/etc/nova/nova-compute.conf" nova-compute < <(grep -v '^connection = ' "$conf")
}
migrate_nova() {
  local conf=$NOVA_CONF
  local nm=(nova-manage --config-file "$conf") nlog="$STATE/log/nova-manage.log"
  once nova-api-db "${nm[@]}" api_db sync >>"$nlog" 2>&1 || die "nova api_db sync failed, see $nlog"
  once nova-cell0 "${nm[@]}" cell_v2 map_cell0 --database_connection "$(db nova nova_cell0)" >>"$nlog" 2>&1 ||
    die "nova map_cell0 failed, see $nlog"
  once nova-cell1 "${nm[@]}" cell_v2 create_cell --name cell1 --verbose >>"$nlog" 2>&1 || die "nova create_cell failed, see $nlog"
  once nova-db "${nm[@]}" db sync >>"$nlog" 2>&1 || die "nova db sync failed, see $nlog"
  log "nova databases done"
}
start_nova() {
  local conf=$NOVA_CONF
  start nova-api /usr/bin/nova-api --config-file "$conf"
  start nova-conductor /usr/bin/nova-conductor --config-file "$conf"
  start nova-scheduler /usr/bin/nova-scheduler --config-file "$conf"
  start nova-compute env PYTHONPATH="$LC_HERE/pylib" $PY "$LC_HERE/bin/nova-compute" \
    --config-file "$STATE/etc/nova/nova-compute.conf"
}

# Waits until the fake hypervisor is registered, mapped to cell1, known to placement, and its heartbeat is
# newer than the nova-compute process (else the scheduler may still see a stale service: "No valid host").
wait_nova_compute() {
  local cstart
  cstart=$(date -u -d "@$(stat -c %Y "$STATE/run/nova-compute.pid")" +%Y-%m-%dT%H:%M:%S)
  STRATUS_CLOUD_PASSWORD="$PW" $PY "$LC_HERE/py/wait_compute.py" "$cstart" "$STATE/run/nova-compute.pid" \
    "$STATE/etc/nova/nova.conf" || die "nova-compute did not become ready (see $STATE/log/nova-compute.log, nova-scheduler.log)"
  log "nova: hypervisor registered and mapped to cell1"
}
