# shellcheck shell=bash
# Shared by up, down and status: settings, logging, and the process table (one PID file per service).
#
# Settings (environment):
#   STRATUS_CLOUD_STATE      state dir: configs, databases, images, logs, PID files, clouds.yaml
#                            (default /var/lib/os-harness). `down --purge` deletes it = full reset.
#   STRATUS_CLOUD_SERVICES   comma list (default keystone,glance,placement,nova,neutron,cinder,heat);
#                            keystone is always included, nova implies placement.
#   STRATUS_CLOUD_TOKEN_EXPIRATION  Keystone token lifetime in seconds (default: keep the running
#                            cloud's value, 3600 for a new one). Changing it restarts Keystone only.
#   STRATUS_CLOUD_PASSWORD   password of every account (default: generated once, kept in
#                            $STATE/password, mode 0600).
#   STRATUS_CLOUD_DEBUG=1    debug logging in every service (applies to services started afterwards).
#   STRATUS_CLOUD_SKIP_INSTALL=1  do not check/install the Debian packages.
#   STRATUS_CLOUD_STARTED_FILE    `up` appends the name of every service it starts to this file.

LC_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${STRATUS_CLOUD_STATE:-/var/lib/os-harness}
H=127.0.0.1
PY=/usr/bin/python3
# Never pick up a pyenv/venv python or an outer cloud's settings: the OpenStack code lives in Debian's python3.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
unset PYTHONPATH VIRTUAL_ENV OS_CLOUD OS_AUTH_URL OS_TOKEN OS_CLIENT_CONFIG_FILE OS_CLIENT_SECURE_FILE || true
export PYTHONWARNINGS=ignore PYTHONDONTWRITEBYTECODE=1

ALL_SERVICES=keystone,glance,placement,nova,neutron,cinder,heat
# every process `up` may start: the OpenStack services (stopped together), then the infrastructure (in order)
SERVICE_PROCESSES=(heat-engine heat-api cinder-volume cinder-scheduler cinder-api neutron-server
  nova-compute nova-scheduler nova-conductor nova-api placement glance-api keystone)
INFRA_PROCESSES=(rabbitmq epmd mariadb)
PROCESSES=("${SERVICE_PROCESSES[@]}" "${INFRA_PROCESSES[@]}")

T0=${EPOCHREALTIME/./}
elapsed() { local d=$((${EPOCHREALTIME/./} - T0)); printf '%d.%d' $((d / 1000000)) $((d / 100000 % 10)); }
log() {
  local line
  line=$(printf '%s [+%6ss] %s' "$(date -u +%T)" "$(elapsed)" "$*")
  echo "$line"
  [ -d "$STATE" ] && echo "$line" >>"${LOG_FILE:-$STATE/up.log}"
  return 0
}
die() {
  log "ERROR: $*"
  exit 1
}

need_root() {
  [ "$(id -u)" = 0 ] || {
    echo "local-cloud: must run as root (it installs Debian packages and runs MariaDB/RabbitMQ/OpenStack services)" >&2
    exit 2
  }
}

pid_of() { cat "$STATE/run/$1.pid" 2>/dev/null; }
# true if the recorded PID is alive (not a zombie) and still the leader of its own process group (so it is
# ours, not a reused PID). /proc/PID/stat: pid (comm) state ppid pgrp ...; comm may hold spaces, so read
# the fields after the last ')'.
running() {
  local pid stat state pgrp
  pid=$(pid_of "$1") || return 1
  [ -n "$pid" ] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  read -r state _ pgrp _ <<<"${stat##*) }"
  [ "$state" != Z ] && [ "$pgrp" = "$pid" ]
}

# start NAME CMD...: runs CMD in its own session (setsid), output to log/NAME.log, PID to run/NAME.pid.
# A service that is already running is left alone.
start() {
  local name=$1
  shift
  if running "$name"; then
    log "$name already running (pid $(pid_of "$name"))"
    return 0
  fi
  log "starting $name"
  (
    # drop every inherited fd above 2: a CI runner's pipes must not be held open by daemons
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-" 2>/dev/null
    done
    # not a process-group leader here, so setsid(1) does not fork: $! stays the daemon's pid
    exec setsid "$@" >>"$STATE/log/$name.log" 2>&1 </dev/null
  ) &
  local pid=$! i
  echo "$pid" >"$STATE/run/$name.pid"
  # until the child has called setsid it is not its own group leader and `running` would call it dead
  for ((i = 0; i < 200; i++)); do
    running "$name" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  # .ci/run stops exactly what it started: up tells it through this file
  if [ -n "${STRATUS_CLOUD_STARTED_FILE:-}" ]; then echo "$name" >>"$STRATUS_CLOUD_STARTED_FILE"; fi
  STARTED+=("$name")
}

# stop NAME...: SIGTERM to each recorded process group at once, SIGKILL to whatever is left after 10 s;
# only ever our own groups (PID files), never anything found by name.
stop() {
  local name pid i live=()
  for name in "$@"; do
    [ -f "$STATE/run/$name.pid" ] || continue
    if running "$name"; then
      pid=$(pid_of "$name")
      echo "stopping $name (process group $pid)"
      kill -TERM -- "-$pid" 2>/dev/null
      live+=("$name")
    else
      rm -f "$STATE/run/$name.pid"
    fi
  done
  for ((i = 0; i < 100 && ${#live[@]} > 0; i++)); do
    sleep 0.1
    local still=()
    for name in "${live[@]}"; do running "$name" && still+=("$name"); done
    live=("${still[@]}")
  done
  for name in "${live[@]}"; do echo "  $name did not stop in 10 s: SIGKILL"; done
  for name in "$@"; do
    pid=$(pid_of "$name") || continue
    # leftover workers of that group (oslo.service children) are in the same group
    [ -n "$pid" ] && { kill -KILL -- "-$pid" 2>/dev/null || true; }
    rm -f "$STATE/run/$name.pid"
  done
  return 0
}

# write_config FILE SERVICE... < content: replaces FILE only when the content changed, and then remembers
# that the given running services now run with an outdated config.
write_config() {
  local file=$1 tmp
  shift
  tmp=$(mktemp "$file.XXXXXX")
  cat >"$tmp"
  if [ -f "$file" ] && cmp -s "$tmp" "$file"; then
    rm -f "$tmp"
    return 0
  fi
  chmod 640 "$tmp"
  mv "$tmp" "$file"
  local s
  for s in "$@"; do running "$s" && STALE+=("$s"); done
  return 0
}
STARTED=()
STALE=()

wait_port() { # PORT TIMEOUT_S NAME
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    ss -Hltn "sport = :$1" | grep -q . && return 0
    running "$3" || die "$3 died, see $STATE/log/$3.log: $(tail -5 "$STATE/log/$3.log")"
    sleep 0.2
  done
  die "$3 not listening on $1 after $2 s; see $STATE/log/$3.log"
}
wait_http() { # URL TIMEOUT_S NAME
  local i code
  for ((i = 0; i < $2 * 4; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)
    if [ "$code" != 000 ]; then
      log "$3 answers $code on $1"
      return 0
    fi
    running "$3" || die "$3 died, see $STATE/log/$3.log: $(tail -5 "$STATE/log/$3.log")"
    sleep 0.25
  done
  die "$3 does not answer on $1 after $2 s; see $STATE/log/$3.log"
}
# once MARKER CMD...: runs CMD unless it already succeeded once (DB syncs, bootstrap)
once() {
  local m="$STATE/done/$1"
  shift
  [ -f "$m" ] && return 0
  "$@" && touch "$m"
}

# One `up` or `down` at a time per state dir (two concurrent `up`s would start every missing service twice and
# leave one copy unrecorded). fd 9 is closed in every daemon `start` launches.
take_lock() {
  mkdir -p "$STATE"
  exec 9>>"$STATE/.lock"
  if ! flock -n 9; then
    echo "local-cloud: another up/down is running on $STATE; waiting for it (up to 15 min)" >&2
    flock -w 900 9 || die "gave up waiting for the other up/down on $STATE"
  fi
}
