# Shared settings of scripts/local-ec2/{up,down,status}: a moto server (EC2 + CloudFormation) on 127.0.0.1.
#   STRATUS_EC2_PORT    port to listen on                 (default 15000)
#   STRATUS_EC2_STATE   venv, PID file and log            (default ${XDG_CACHE_HOME:-$HOME/.cache}/stratus-local-ec2)
#   STRATUS_EC2_MOTO    pip requirement for moto          (default 'moto[server]>=5.2,<5.3')
#   STRATUS_EC2_PYTHON  interpreter that makes the venv   (default python3)
# shellcheck shell=bash
H=127.0.0.1
PORT=${STRATUS_EC2_PORT:-15000}
STATE=${STRATUS_EC2_STATE:-${XDG_CACHE_HOME:-$HOME/.cache}/stratus-local-ec2}
MOTO_REQ=${STRATUS_EC2_MOTO:-'moto[server]>=5.2,<5.3'}
PY=${STRATUS_EC2_PYTHON:-python3}
VENV=$STATE/venv
PIDFILE=$STATE/moto-$PORT.pid
LOGFILE=$STATE/moto-$PORT.log
URL=http://$H:$PORT

log() { printf '[local-ec2 %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# The PID recorded by `up`, if that process still runs and is still moto_server (not a reused PID).
live_pid() {
  [ -s "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q moto_server || return 1
  echo "$pid"
}

# true when something answers moto's own reset endpoint on URL
answers() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$URL/moto-api/" 2>/dev/null | grep -q '^200$'; }
