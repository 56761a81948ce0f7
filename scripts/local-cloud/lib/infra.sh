# shellcheck shell=bash
# MariaDB (private datadir under $STATE) and RabbitMQ (+ its epmd), all bound to 127.0.0.1, then one
# database and DB user per service.

RABBIT="rabbit://guest:guest@$H:5672/"
db() { echo "mysql+pymysql://$1:$PW@$H/$2?charset=utf8mb4"; }
MYCNF="$STATE/etc/my.cnf"

setup_mariadb() {
  write_config "$MYCNF" mariadb <<EOC
[mysqld]
user = mysql
datadir = $STATE/mysql
socket = $STATE/run/mysqld.sock
pid-file = $STATE/run/mysqld.pidfile
bind-address = $H
port = 3306
skip-name-resolve
log-error = $STATE/log/mariadb-error.log
max_connections = 1000
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
innodb_buffer_pool_size = 128M
innodb_log_file_size = 64M
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
sync_binlog = 0
performance_schema = OFF
[client]
socket = $STATE/run/mysqld.sock
EOC
  chmod 644 "$MYCNF" # read by mariadbd after it dropped to the mysql user
  chown mysql:mysql "$STATE/run" "$STATE/log" 2>/dev/null || true
  chmod 755 "$STATE" "$STATE/run" "$STATE/log"
  if [ ! -d "$STATE/mysql/mysql" ]; then
    log "mariadb-install-db"
    mariadb-install-db --defaults-file="$MYCNF" --user=mysql --auth-root-authentication-method=socket \
      --skip-test-db >"$STATE/log/mariadb-install.log" 2>&1 || die "mariadb-install-db failed, see $STATE/log/mariadb-install.log"
  fi
  start mariadb /usr/sbin/mariadbd --defaults-file="$MYCNF"
}

setup_rabbitmq() {
  local env=(env HOME="$STATE/rabbitmq" RABBITMQ_NODENAME=rabbit@localhost
    RABBITMQ_NODE_IP_ADDRESS=$H RABBITMQ_NODE_PORT=5672 RABBITMQ_DIST_PORT=25672
    ERL_EPMD_ADDRESS=$H ERL_EPMD_PORT=4369
    RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$STATE/log/rabbitmq"
    RABBITMQ_CONFIG_FILE="$STATE/etc/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/etc/rabbitmq-enabled-plugins"
    RABBITMQ_LOGS=- RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}")
  mkdir -p "$STATE/rabbitmq" "$STATE/log/rabbitmq"
  write_config "$STATE/etc/rabbitmq-enabled-plugins" rabbitmq <<<'[].'
  write_config "$STATE/etc/rabbitmq.conf" rabbitmq <<EOC
listeners.tcp.default = $H:5672
loopback_users.guest = true
vm_memory_high_watermark.absolute = 1GB
disk_free_limit.absolute = 50MB
EOC
  # epmd in the foreground under our PID file: otherwise RabbitMQ daemonizes its own epmd outside our group
  start epmd env ERL_EPMD_ADDRESS=$H /usr/bin/epmd -address $H -port 4369
  wait_port 4369 10 epmd
  start rabbitmq "${env[@]}" /usr/lib/rabbitmq/bin/rabbitmq-server
}

# create_databases USER:DB...: idempotent (IF NOT EXISTS)
create_databases() {
  local sql="" d u n
  for d in "$@"; do
    u=${d%%:*}
    n=${d#*:}
    sql+="CREATE DATABASE IF NOT EXISTS $n CHARACTER SET utf8mb4;"
    sql+="CREATE USER IF NOT EXISTS '$u'@'127.0.0.1' IDENTIFIED BY '$PW';"
    sql+="GRANT ALL PRIVILEGES ON $n.* TO '$u'@'127.0.0.1';"
  done
  mariadb --defaults-file="$MYCNF" -uroot -e "$sql" || die "creating databases failed"
  log "databases ok: $*"
}
