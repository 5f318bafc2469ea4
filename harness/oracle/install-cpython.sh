#!/usr/bin/env bash
# Provision native CPython 3.14 on a Debian 12 machine (root only).
#
# Debian 12 has no python3.14 and its glibc is too old for Debian testing's package,
# so we install Debian testing's python3.14 into a chroot with debootstrap, using the
# mirror that this machine's own apt sources already name, and put a small wrapper
# beside it that runs a script inside the chroot at the same absolute path (so the
# paths CPython prints in tracebacks match Terrarium's).
#
# Usage: harness/oracle/install-cpython.sh [CACHE_DIR]   (default: .cache/cpython)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cache=${1:-$here/.cache/cpython}
root=$cache/root
wrapper=$cache/python3.14

if [ -x "$wrapper" ] && "$wrapper" -c 'import sys; assert sys.version_info[:2] == (3, 14)' 2>/dev/null; then
  echo "CPython already installed: $("$wrapper" --version) ($wrapper)"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-cpython: must run as root (debootstrap and chroot need it)" >&2
  exit 1
fi

# The mirror: first URIs line of the machine's deb822 sources, else the first deb line.
mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
  echo "install-cpython: no Debian mirror found in the apt sources" >&2
  exit 1
fi
# The security archive is not a full mirror; use the main archive beside it.
mirror=${mirror%-security}

if ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

rm -rf "$root"
mkdir -p "$root"
echo "install-cpython: debootstrap forky with python3.14 into $root (mirror from apt sources)"
debootstrap --variant=minbase --include=python3.14 forky "$root" "$mirror" \
  /usr/share/debootstrap/scripts/sid >"$cache/debootstrap.log" 2>&1 || {
  echo "install-cpython: debootstrap failed; see $cache/debootstrap.log" >&2
  exit 1
}

cat >"$wrapper" <<'WRAP'
#!/usr/bin/env bash
# Runs CPython 3.14 from the chroot beside this file. A script argument given as a path
# is copied into the chroot at the same absolute path, so tracebacks name it as the host does.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)/root"
args=()
for a in "$@"; do
  if [ "${#args[@]}" -eq 0 ] || true; then :; fi
  args+=("$a")
done
# Copy every argument that names an existing regular file (the script and any data it reads).
for a in "$@"; do
  if [ -f "$a" ]; then
    abs=$(readlink -f "$a")
    mkdir -p "$root$(dirname "$abs")"
    cp "$abs" "$root$abs"
  fi
done
cwd=$(pwd)
mkdir -p "$root$cwd"
exec chroot "$root" /bin/sh -c 'cd "$1" && shift && exec /usr/bin/python3.14 "$@"' sh "$cwd" "$@"
WRAP
chmod +x "$wrapper"
version=$("$wrapper" --version)
echo "$version" >"$cache/VERSION"
echo "install-cpython: installed $version at $wrapper"
