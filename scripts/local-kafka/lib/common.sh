# Settings and helpers shared by up, down, status and restart. Every setting is an environment variable:
#   STRATUS_KAFKA_STATE   state dir: config, data, log, pid, bootstrap file
#                         (default ${XDG_STATE_HOME:-$HOME/.local/state}/stratus-kafka)
#   STRATUS_KAFKA_CACHE   jar cache (default ${XDG_CACHE_HOME:-$HOME/.cache}/stratus-kafka)
#   STRATUS_KAFKA_PORT    client port on 127.0.0.1 (default 19092)
#   STRATUS_KAFKA_CONTROLLER_PORT   KRaft controller port (default client port + 1)
#   STRATUS_KAFKA_HEAP    JVM heap, e.g. 512m (default 512m)
# shellcheck shell=bash
LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${STRATUS_KAFKA_STATE:-${XDG_STATE_HOME:-$HOME/.local/state}/stratus-kafka}
CACHE=${STRATUS_KAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stratus-kafka}
H=127.0.0.1
PIDFILE=$STATE/kafka.pid
BOOTSTRAP_FILE=$STATE/bootstrap
KAFKA_VERSION=$(sed -n 's|.*<kafka.version>\(.*\)</kafka.version>.*|\1|p' "$LIB/pom.xml")
# the jars of one pom content: a changed pom gets a new directory, an unchanged one is never fetched again
JARS=$CACHE/jars-$(sha256sum "$LIB/pom.xml" | cut -c1-12)

log() { printf '[local-kafka %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

# The process group leader recorded by up, if it still runs and is our broker (guards against PID reuse).
live_pid() {
  local pid
  [ -s "$PIDFILE" ] || return 1
  pid=$(cat "$PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$STATE/server.properties" || return 1
  echo "$pid"
}

# Every PID still in process group $1.
group_pids() { ps -eo pid=,pgid= | awk -v g="$1" '$2==g{print $1}'; }

port_open() { (exec 3<>"/dev/tcp/$H/$1") 2>/dev/null; }

# Serialises up, down and restart on one state dir; the lock fd is closed for the broker (see up).
take_lock() {
  mkdir -p "$STATE"
  exec 9>"$STATE/lock"
  flock -w 180 9 || die "another up/down holds $STATE/lock for more than 180 s"
}

# Sends SIGNAL to the group of the recorded broker and waits up to SECONDS for all its processes to go.
stop_group() {
  local sig=$1 wait_s=$2 pid i
  pid=$(live_pid) || return 0
  kill "-$sig" -- "-$pid" 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do
    [ -z "$(group_pids "$pid")" ] && return 0
    sleep 0.1
  done
  return 1
}
