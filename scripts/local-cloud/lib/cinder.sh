# shellcheck shell=bash
# Cinder: API on 127.0.0.1:8776, scheduler, and cinder-volume with the fake driver
# (pylib/harness_fakevolume.py: cinder's FakeLoggingVolumeDriver + no-op extend and image copies).

CINDER_CONF="$STATE/etc/cinder/cinder.conf"

config_cinder() {
  local conf=$CINDER_CONF
  mkdir -p "$STATE/etc/cinder" "$STATE/cinder/lock"
  write_config "$conf" cinder-api cinder-scheduler cinder-volume <<EOC
[DEFAULT]
debug = $DEBUG
host = os-harness
my_ip = $H
state_path = $STATE/cinder
transport_url = $RABBIT
auth_strategy = keystone
osapi_volume_listen = $H
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
api_paste_config = /etc/cinder/api-paste.ini
enabled_backends = fake
default_volume_type = __DEFAULT__
glance_api_servers = http://$H:9292
# cinder-volume publishes its capacity every 10 s instead of 60: a first report sent while cinder-scheduler
# was still starting is lost, and up (and volume creates) would wait a minute for the next one
periodic_interval = 10
backend_stats_polling_interval = 10
[fake]
# = cinder.tests.fake_driver.FakeLoggingVolumeDriver + no-op extend/image copy (pylib/)
volume_driver = harness_fakevolume.HarnessFakeVolumeDriver
volume_backend_name = fake
[database]
connection = $(db cinder cinder)
[oslo_concurrency]
lock_path = $STATE/cinder/lock
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
$(svc_auth nova cinder)
$AUTHTOKEN
username = cinder
EOC
}
migrate_cinder() {
  once cinder-db cinder-manage --config-file "$CINDER_CONF" db sync >>"$STATE/log/cinder-manage.log" 2>&1 ||
    die "cinder db sync failed, see $STATE/log/cinder-manage.log"
}
start_cinder() {
  local conf=$CINDER_CONF
  start cinder-api /usr/bin/cinder-api --config-file "$conf"
  start cinder-scheduler /usr/bin/cinder-scheduler --config-file "$conf"
  start cinder-volume env PYTHONPATH="$LC_HERE/pylib" $PY "$LC_HERE/bin/cinder-volume" --config-file "$conf"
}

# Waits until cinder-volume has reported its (fake) capacity to the scheduler; before that a volume create
# fails with "No valid backend".
wait_cinder_volume() {
  local i
  for ((i = 0; i < 240; i++)); do
    grep -q "Received volume service update" "$STATE/log/cinder-scheduler.log" 2>/dev/null && break
    running cinder-volume || die "cinder-volume died: $(tail -5 "$STATE/log/cinder-volume.log")"
    STRATUS_CLOUD_PASSWORD="$PW" $PY "$LC_HERE/py/wait_volume.py" 2>/dev/null && break
    sleep 0.5
  done
  ((i < 240)) || die "cinder-volume did not report to cinder-scheduler in 120 s (see $STATE/log/cinder-volume.log)"
  log "cinder: volume backend reported to scheduler"
}
