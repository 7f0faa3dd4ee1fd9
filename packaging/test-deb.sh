#!/bin/bash
# Installs Plaint's .deb into a fresh Debian 12 root with apt (so every
# declared dependency has to resolve from the archive), then runs it there:
# --version, and a command-line round trip through a library and a case file.
#
#   packaging/test-deb.sh plaint_0.1.0_amd64.deb [CACHE_DIR]
#
# Needs root (debootstrap and chroot) and the network to a Debian mirror.
# The bare root is made once with debootstrap and kept as a tarball in
# CACHE_DIR, so later runs only unpack it and install Plaint.
set -euo pipefail

deb=$(readlink -f "${1:?usage: $0 PACKAGE.deb [CACHE_DIR]}")
cache=$(realpath -m "${2:-build-deb/debootstrap}") # may not exist yet
suite=bookworm
# The mirror apt already uses on this machine.
mirror=${PLAINT_DEBIAN_MIRROR:-$( (grep -shoE "https?://[^ ]+/debian/?( |$)" /etc/apt/sources.list /etc/apt/sources.list.d/* || true) | head -n1 | tr -d " ")}
mirror=${mirror:-http://deb.debian.org/debian}

[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "test-deb.sh needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# The package declares what Plaint loads at run time and never links.
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6sql6-sqlite libqt6svg6 fonts-noto-cjk shared-mime-info qt6-translations-l10n \
         gstreamer1.0-plugins-base gstreamer1.0-plugins-good; do
    grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "the package does not depend on $p (Depends: $depends)"
done

start=$(date +%s)
mkdir -p "$cache"
tarball="$cache/$suite-minbase.tar.gz"
if [ ! -s "$tarball" ]; then
    echo "== debootstrap $suite from $mirror (once; cached in $tarball)"
    fresh=$(mktemp -d "$cache/root.XXXXXX")
    debootstrap --variant=minbase "$suite" "$fresh" "$mirror"
    rm -rf "$fresh"/var/cache/apt/archives/*.deb
    tar -C "$fresh" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$fresh"
fi
echo "== root ready after $(( $(date +%s) - start )) s"

root=$(mktemp -d "${TMPDIR:-/tmp}/plaint-deb-root.XXXXXX")
cleanup() {
    for m in proc dev/pts dev; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xzf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror $suite main" > "$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/plaint.deb"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TZ=UTC "$@"; }

t0=$(date +%s)
in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/plaint.deb
echo "== apt installed plaint and its dependencies in $(( $(date +%s) - t0 )) s"

# Everything the package promises to install is there.
for f in /usr/bin/plaint /usr/share/applications/io.github.plaint.Plaint.desktop \
         /usr/share/metainfo/io.github.plaint.Plaint.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.plaint.Plaint.svg \
         /usr/share/mime/packages/io.github.plaint.Plaint.xml; do
    [ -e "$root$f" ] || fail "the package did not install $f"
done
# shared-mime-info's trigger ran: a case file is recognised by its name.
grep -q 'application/x-plaint-case' "$root/usr/share/mime/globs2" || fail "*.plaint is not registered"

in_root plaint --version
# Qt's own messages speak Chinese too: qtbase_zh_CN.qm came with the package's dependencies.
qt_message=$(in_root env LANG=zh_CN.UTF-8 plaint --no-such-option 2>&1 || true)
grep -q '未知选项' <<<"$qt_message" || fail "Qt's own translations are missing: \"$qt_message\""
echo "== Qt's own messages in Chinese: $qt_message"

lib=/root/library.plaint
case_id=$(in_root plaint --library $lib case add --title "宽带提速" --company "Example Telecom" --amount 120 --currency CNY)
in_root plaint --library $lib event add --case "$case_id" --at 2021-04-18T10:15+08:00 --channel phone \
    --agent 4417 --summary "客服承诺三天内回电" --quote "三个工作日内给您回电" >/dev/null
in_root plaint --library $lib verify --library
# The case travels: export, check the file as a library, import elsewhere, check there.
export_out=$(in_root plaint --library $lib case export --case "$case_id" -o /root/handover.plaint)
echo "$export_out"
head=$(sed -n 's/^Journal head of the case file: \([0-9a-f]\{64\}\)$/\1/p' <<<"$export_out")
[ -n "$head" ] || fail "case export printed no journal head"
in_root plaint --library /root/handover.plaint verify --library
import_err=$(in_root plaint --library /root/other.plaint case import /root/handover.plaint 2>&1 >/dev/null)
grep -q "$head" <<<"$import_err" || fail "case import did not show the case file's journal head: $import_err"
in_root plaint --library /root/other.plaint verify --library
in_root plaint --library /root/other.plaint show --case 1 | grep -q '客服承诺三天内回电' || fail "the imported case is not there"
# A case file renamed, as a file manager hands it over, with no display: imported by its content.
cp "$root/root/handover.plaint" "$root/root/renamed.db"
in_root plaint --library /root/third.plaint /root/renamed.db >/dev/null 2>&1 || fail "a renamed case file was not imported"
echo "== case file exported, verified, imported (also renamed); journal head $head"

# The complaint dossier: a PDF with Chinese text, which needs the fonts and
# libraries the package declares, checked by Plaint there.
in_root plaint --library $lib export --case "$case_id" --audience regulator --lang zh_CN -o /root/dossier.pdf
head -c 5 "$root/root/dossier.pdf" | grep -q '%PDF-' || fail "no dossier PDF"
in_root plaint verify /root/dossier.pdf --library $lib
echo "== dossier exported and verified: $(stat -c %s "$root/root/dossier.pdf") bytes"

# Recordings of calls play through GStreamer: its playback and WAV decoder
# came with the package. gst-launch (only for this check) decodes a WAV.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gstreamer1.0-tools >/dev/null
{ printf 'RIFF'; printf '\x24\x3e\x00\x00'; printf 'WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00';
  printf 'data\x00\x3e\x00\x00'; head -c 15872 /dev/zero; } >"$root/root/call.wav"
in_root gst-launch-1.0 -q filesrc location=/root/call.wav ! decodebin ! audioconvert ! fakesink \
    || fail "GStreamer cannot decode a WAV recording"
echo "== GStreamer decodes a WAV recording"

# The window starts too (offscreen), and leaves when asked.
if in_root sh -c 'QT_QPA_PLATFORM=offscreen timeout 5 plaint --library /root/library.plaint; [ $? -eq 124 ]'; then
    echo "== the window ran for 5 s on the offscreen platform"
else
    fail "the window did not start"
fi
echo "== PASS: installed and ran on a fresh Debian $suite in $(( $(date +%s) - start )) s"
