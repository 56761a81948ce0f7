# shellcheck shell=bash
# Keystone under uwsgi on 127.0.0.1:5000 (fernet tokens), then the catalog, users and projects (py/bootstrap.py).

AUTHTOKEN="[keystone_authtoken]
www_authenticate_uri = http://$H:5000/v3
auth_url = http://$H:5000/v3
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
password = $PW
region_name = RegionOne
service_token_roles_required = true
service_token_roles = service
# no token cache in the services: a revoked token is rejected everywhere at once
# (default 300 s cache would keep accepting it); costs one keystone round trip per request
token_cache_time = -1
memcached_servers ="
svc_auth() { # SECTION USERNAME: service-user credentials for service-to-service calls
  printf '[%s]\nauth_url = http://%s:5000/v3\nauth_type = password\nproject_domain_name = Default\nuser_domain_name = Default\nproject_name = service\nusername = %s\npassword = %s\nregion_name = RegionOne\n' "$1" "$H" "$2" "$PW"
}
UWSGI_COMMON=(/usr/bin/uwsgi --plugins python3 --master --enable-threads --lazy-apps --die-on-term
  --no-orphans --need-app --buffer-size 65535 --add-header "Connection: close" --disable-logging)

# Sets TOKEN_EXPIRATION: STRATUS_CLOUD_TOKEN_EXPIRATION, else what the existing config says, else 3600.
# (Runs in the main shell, not in $(...), so that `die` stops `up`.)
resolve_token_expiration() {
  local current
  if [ -n "${STRATUS_CLOUD_TOKEN_EXPIRATION:-}" ]; then
    [[ "$STRATUS_CLOUD_TOKEN_EXPIRATION" =~ ^[1-9][0-9]{0,6}$ ]] ||
      die "STRATUS_CLOUD_TOKEN_EXPIRATION='$STRATUS_CLOUD_TOKEN_EXPIRATION' is not a number of seconds (e.g. 120)"
    TOKEN_EXPIRATION=$STRATUS_CLOUD_TOKEN_EXPIRATION
    return 0
  fi
  current=$(sed -n '/^\[token\]/,/^\[/s/^expiration = \([0-9]*\)$/\1/p' "$STATE/etc/keystone/keystone.conf" 2>/dev/null || true)
  TOKEN_EXPIRATION=${current:-3600}
}

config_keystone() {
  mkdir -p "$STATE/etc/keystone" "$STATE/keystone"
  resolve_token_expiration
  write_config "$STATE/etc/keystone/keystone.conf" keystone <<EOC
[DEFAULT]
debug = $DEBUG
[database]
connection = $(db keystone keystone)
[token]
provider = fernet
expiration = $TOKEN_EXPIRATION
[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys
[fernet_receipts]
key_repository = $STATE/keystone/fernet-keys
[credential]
key_repository = $STATE/keystone/credential-keys
# Not cached: create_credential caches the very dict it then strips of encrypted_blob, and the in-process
# memory backend keeps that object, so the next GET/DELETE of the credential (Heat deleting a stack user's
# credential of an OS::Nova::Server with a software-config user) dies with KeyError: 'encrypted_blob' and the
# stack ends DELETE_FAILED. Credentials are rare; tokens and assignments stay cached.
caching = false
[cache]
# in-process cache: without it one token validation costs ~560 SQL queries (~0.5-1 s).
# Safe only because keystone runs as ONE uwsgi process (threads share the cache).
enabled = true
backend = dogpile.cache.memory
[identity]
# bcrypt cost 4 instead of 12: every password auth verifies a hash, 12 costs ~0.3 s CPU here
password_hash_rounds = 4
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOC
}
migrate_keystone() {
  local ksm=(keystone-manage --config-file "$STATE/etc/keystone/keystone.conf") klog="$STATE/log/keystone-manage.log"
  once keystone-db "${ksm[@]}" db_sync >>"$klog" 2>&1 || die "keystone db_sync failed, see $klog"
  [ -d "$STATE/keystone/fernet-keys" ] || "${ksm[@]}" fernet_setup --keystone-user root --keystone-group root >>"$klog" 2>&1
  [ -d "$STATE/keystone/credential-keys" ] || "${ksm[@]}" credential_setup --keystone-user root --keystone-group root >>"$klog" 2>&1
  once keystone-bootstrap "${ksm[@]}" bootstrap --bootstrap-password "$PW" \
    --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
    --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
    --bootstrap-admin-url "http://$H:5000/v3" --bootstrap-internal-url "http://$H:5000/v3" \
    --bootstrap-public-url "http://$H:5000/v3" >>"$klog" 2>&1 || die "keystone bootstrap failed, see $klog"
}
start_keystone() {
  # Keystone keeps nothing in memory that matters: a changed config (token lifetime) is applied by a restart
  if [[ " ${STALE[*]} " == *" keystone "* ]]; then
    log "keystone config changed (token expiration now ${TOKEN_EXPIRATION}s): restarting keystone"
    stop keystone >/dev/null
    STALE=("${STALE[@]/keystone/}")
  fi
  start keystone "${UWSGI_COMMON[@]}" --http-socket $H:5000 --processes 1 --threads 4 \
    --env OS_KEYSTONE_CONFIG_DIR="$STATE/etc/keystone" --wsgi-file /usr/bin/keystone-wsgi-public
  wait_http "http://$H:5000/v3" 60 keystone
  log "registering users, projects and the catalog"
  STRATUS_CLOUD_PASSWORD="$PW" $PY "$LC_HERE/py/bootstrap.py" "$SERVICES" || die "py/bootstrap.py failed"
}
