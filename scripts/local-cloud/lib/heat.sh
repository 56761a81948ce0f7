# shellcheck shell=bash
# Heat: API on 127.0.0.1:8004 and one engine; stack domain `heat` (created by py/bootstrap.py).
# No heat-api-cfn: wait conditions and software deployments need in-guest agents the fake hypervisor lacks.

HEAT_CONF="$STATE/etc/heat/heat.conf"

config_heat() {
  local conf=$HEAT_CONF
  mkdir -p "$STATE/etc/heat" "$STATE/heat/lock"
  write_config "$conf" heat-api heat-engine <<EOC
[DEFAULT]
debug = $DEBUG
host = os-harness
transport_url = $RABBIT
num_engine_workers = 1
region_name_for_services = RegionOne
heat_metadata_server_url = http://$H:8000
heat_waitcondition_server_url = http://$H:8000/v1/waitcondition
stack_user_domain_name = heat
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $PW
[heat_api]
bind_host = $H
bind_port = 8004
workers = 1
[database]
connection = $(db heat heat)
[paste_deploy]
api_paste_config = /etc/heat/api-paste.ini
[oslo_concurrency]
lock_path = $STATE/heat/lock
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
[clients_keystone]
auth_uri = http://$H:5000
# The trustee is the heat service user WITHOUT a project: heat loads this section with the stored trust_id
# added (heat/common/context.py, trusts_auth_plugin), and a project here as well makes keystoneauth refuse with
# "Authentication cannot be scoped to multiple targets" -- every stack update (and anything else that loads a
# stack's stored trust) answered 500. devstack and the Heat install guide set no project here either.
[trustee]
auth_url = http://$H:5000/v3
auth_type = password
user_domain_name = Default
username = heat
password = $PW
$AUTHTOKEN
username = heat
EOC
}
migrate_heat() {
  once heat-db heat-manage --config-file "$HEAT_CONF" db_sync >>"$STATE/log/heat-manage.log" 2>&1 ||
    die "heat db_sync failed, see $STATE/log/heat-manage.log"
}
start_heat() {
  local conf=$HEAT_CONF
  start heat-api /usr/bin/heat-api --config-file "$conf"
  start heat-engine /usr/bin/heat-engine --config-file "$conf"
}
