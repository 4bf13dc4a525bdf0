#!/usr/bin/env bash
# A base image equivalent to gcr.io/distroless/cc-debian12, for hosts that cannot pull it:
# the Debian packages that image is made of (glibc, libgcc, libstdc++, CA certificates,
# tzdata) unpacked with `dpkg -x`, so no maintainer script runs and nothing else comes in.
#
#   build/distroless_cc.sh --image localhost/distroless-cc      # needs apt-get, dpkg and buildah
#   buildah bud --build-arg BASE=localhost/distroless-cc -t resim-metrics .
#
#   build/distroless_cc.sh --root DIR                           # only unpack into DIR (for chroot)
#
# The packages come from the host's apt sources (run as root, after apt-get update); a
# Debian 12 host gives what distroless/cc-debian12 holds. DEBS_DIR keeps the downloaded
# .deb files between runs (default: a temporary folder).
set -euo pipefail

packages=(libc6 libgcc-s1 libstdc++6 ca-certificates tzdata)

usage() {
  echo "usage: $0 --image NAME | --root DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
mode=$1 target=$2
[ "$mode" = --image ] || [ "$mode" = --root ] || usage

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
debs=${DEBS_DIR:-$work/debs}
mkdir -p "$debs"

missing=()
for package in "${packages[@]}"; do
  compgen -G "$debs/${package}_*.deb" >/dev/null || missing+=("$package")
done
if ((${#missing[@]})); then
  (cd "$debs" && apt-get download "${missing[@]}") || {
    echo "$0: cannot download ${missing[*]} with apt-get (run apt-get update?)" >&2
    exit 1
  }
fi

root=$([ "$mode" = --root ] && echo "$target" || echo "$work/root")
mkdir -p "$root"
for package in "${packages[@]}"; do
  for deb in "$debs/${package}"_*.deb; do dpkg -x "$deb" "$root"; done
done
# The certificate bundle ca-certificates' maintainer script would make, as distroless has it.
mkdir -p "$root/etc/ssl/certs"
cat "$root"/usr/share/ca-certificates/mozilla/*.crt >"$root/etc/ssl/certs/ca-certificates.crt"
# distroless has a world-writable /tmp; ReSim's inputs and outputs live under it.
mkdir -p "$root/tmp"
chmod 1777 "$root/tmp"

if [ "$mode" = --image ]; then
  container=$(buildah from scratch)
  buildah copy --quiet "$container" "$root" / >/dev/null
  buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt "$container"
  buildah commit --quiet --rm "$container" "$target" >/dev/null
  echo "built $target"
fi
