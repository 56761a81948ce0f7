#!/bin/bash
# Installs the Debian/Ubuntu OpenStack packages the local cloud runs on, non-interactively.
# Idempotent: when every package is present it only runs dpkg-query (well under a second).
# No service is started by the packages (policy-rc.d returns 101 while installing), and no package
# configures a database, RabbitMQ or Keystone endpoints (debconf preseeded): `up` does all of that itself.
# nova-compute and cinder-volume are deliberately NOT installed (they pull in qemu/libvirt and lvm2/tgt/iscsi);
# python3-nova/python3-cinder hold their code and ../bin/ has the two console scripts.
#   STRATUS_CLOUD_APT_UPDATE=0  skip `apt-get update` (when the package lists are known to be fresh)
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
export APT_LISTCHANGES_FRONTEND=none

PKGS=(
  mariadb-server python3-pymysql
  rabbitmq-server
  uwsgi-core uwsgi-plugin-python3
  keystone
  glance-api
  placement-api
  nova-api nova-conductor nova-scheduler python3-nova
  neutron-server
  cinder-api cinder-scheduler python3-cinder
  heat-api heat-engine
  python3-openstackclient python3-heatclient
  python3-yaml curl jq iproute2 procps
)

if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
  echo "install.sh: the local cloud needs Debian or Ubuntu (apt-get and dpkg); this system has neither" >&2
  exit 1
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install.sh: all packages already installed"
  exit 0
fi

# Block service starts from maintainer scripts (there is no systemd as PID 1 anyway).
created_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  created_policy=1
fi

# Preseed: never let the packages configure DBs, rabbit, keystone endpoints, ...
{
  for pkg in keystone glance placement nova neutron cinder heat; do
    for q in configure_db configure_api-endpoint configure_ksat configure_rabbit; do
      echo "$pkg $pkg/$q boolean false"
    done
    echo "$pkg $pkg/dbconfig-install boolean false"
  done
  echo "keystone keystone/create-admin-tenant boolean false"
  echo "keystone keystone/register-endpoint boolean false"
  echo "nova nova/configure_neutron boolean false"
  echo "nova nova/configure_placement boolean false"
  echo "nova novaapi/configure_db boolean false"
  echo "neutron neutron/configure_nova boolean false"
  echo "heat heat/configure_with_debconf boolean false"
} | debconf-set-selections

if [ ! -d /var/lib/apt/lists ] || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ] || [ "${STRATUS_CLOUD_APT_UPDATE:-1}" = 1 ]; then
  apt-get update -q -o Acquire::Retries=3 -o DPkg::Lock::Timeout=300
fi
apt-get install -y -q --no-install-recommends -o Acquire::Retries=3 -o DPkg::Lock::Timeout=300 \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"

if [ $created_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
echo "install.sh: done"
