# shellcheck shell=bash
# Neutron server on 127.0.0.1:9696: ML2 with the fake mechanism driver pylib/harness_fakemech (binds every
# port on any host, status ACTIVE; no agents, no data plane). Flat physnet `public` for the external network.

NEUTRON_CONF=(--config-file "$STATE/etc/neutron/neutron.conf" --config-file "$STATE/etc/neutron/ml2_conf.ini")

config_neutron() {
  mkdir -p "$STATE/etc/neutron" "$STATE/neutron/lock"
  write_config "$STATE/etc/neutron/neutron.conf" neutron-server <<EOC
[DEFAULT]
debug = $DEBUG
bind_host = $H
bind_port = 9696
state_path = $STATE/neutron
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $RABBIT
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 0
allow_overlapping_ips = true
dhcp_agent_notification = false
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
api_paste_config = /etc/neutron/api-paste.ini
[database]
connection = $(db neutron neutron)
[oslo_concurrency]
lock_path = $STATE/neutron/lock
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
[agent]
root_helper =
[experimental]
linuxbridge = true
$(svc_auth nova nova)
$AUTHTOKEN
username = neutron
EOC
  write_config "$STATE/etc/neutron/ml2_conf.ini" neutron-server <<EOC
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = harness_fake
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
[ml2_type_vlan]
network_vlan_ranges = physnet1:100:200
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
enable_security_group = true
firewall_driver = noop
EOC
}
migrate_neutron() {
  once neutron-db neutron-db-manage "${NEUTRON_CONF[@]}" upgrade heads >>"$STATE/log/neutron-db-manage.log" 2>&1 ||
    die "neutron db upgrade failed, see $STATE/log/neutron-db-manage.log"
}
start_neutron() {
  start neutron-server env PYTHONPATH="$LC_HERE/pylib" /usr/bin/neutron-server "${NEUTRON_CONF[@]}"
}
