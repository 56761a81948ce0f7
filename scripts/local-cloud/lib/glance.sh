# shellcheck shell=bash
# Glance (file store under $STATE) on 127.0.0.1:9292, and Placement under uwsgi on 127.0.0.1:8778.

config_glance() {
  mkdir -p "$STATE/etc/glance" "$STATE/glance"/{images,staging,tasks,cache}
  write_config "$STATE/etc/glance/glance-api.conf" glance-api <<EOC
[DEFAULT]
debug = $DEBUG
bind_host = $H
bind_port = 9292
workers = 1
enabled_backends = file:file
image_cache_dir = $STATE/glance/cache
transport_url = $RABBIT
[database]
connection = $(db glance glance)
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $STATE/glance/images
[os_glance_staging_store]
filesystem_store_datadir = $STATE/glance/staging
[os_glance_tasks_store]
filesystem_store_datadir = $STATE/glance/tasks
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
$AUTHTOKEN
username = glance
EOC
}
migrate_glance() {
  once glance-db glance-manage --config-file "$STATE/etc/glance/glance-api.conf" db_sync \
    >>"$STATE/log/glance-manage.log" 2>&1 || die "glance db_sync failed, see $STATE/log/glance-manage.log"
}
start_glance() {
  start glance-api /usr/bin/glance-api --config-file "$STATE/etc/glance/glance-api.conf"
}

config_placement() {
  mkdir -p "$STATE/etc/placement"
  write_config "$STATE/etc/placement/placement.conf" placement <<EOC
[DEFAULT]
debug = $DEBUG
[placement_database]
connection = $(db placement placement)
[api]
auth_strategy = keystone
$AUTHTOKEN
username = placement
EOC
}
migrate_placement() {
  once placement-db placement-manage --config-file "$STATE/etc/placement/placement.conf" db sync \
    >>"$STATE/log/placement-manage.log" 2>&1 || die "placement db sync failed, see $STATE/log/placement-manage.log"
}
start_placement() {
  start placement "${UWSGI_COMMON[@]}" --http-socket $H:8778 --processes 1 --threads 4 \
    --env OS_PLACEMENT_CONFIG_DIR="$STATE/etc/placement" --wsgi-file /usr/bin/placement-api
}
