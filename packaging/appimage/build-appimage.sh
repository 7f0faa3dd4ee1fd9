#!/bin/bash
# Builds Plaint-x86_64.AppImage with linuxdeploy and its Qt plug-in.
#
#   packaging/appimage/build-appimage.sh [BUILD_DIR]
#
# Needs, next to this script or on PATH (they are downloads, which Plaint's
# build never makes, so fetch them yourself):
#   linuxdeploy-x86_64.AppImage            https://github.com/linuxdeploy/linuxdeploy/releases
#   linuxdeploy-plugin-qt-x86_64.AppImage  https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases
# Build on the oldest distribution you want to support (Debian 12 here): the
# AppImage carries Qt but uses the system's glibc.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${1:-$source_dir/build-appimage}
appdir=$build/AppDir
export PATH="$here:$PATH"

for tool in linuxdeploy-x86_64.AppImage linuxdeploy-plugin-qt-x86_64.AppImage; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: see the top of $0" >&2; exit 2; }
done

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DPLAINT_BUILD_TESTS=OFF -DPLAINT_BUILD_BENCH=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"

# The Qt plug-in copies the platform plug-ins, the SQLite driver and the SVG
# icon engine; the CJK fonts are not bundled (too large): the system's are used.
export QMAKE=${QMAKE:-/usr/lib/qt6/bin/qmake}
export EXTRA_QT_PLUGINS="sqldrivers;iconengines;imageformats"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so"
cd "$build"
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/io.github.plaint.Plaint.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/io.github.plaint.Plaint.svg" \
    --plugin qt --output appimage
ls -l "$build"/Plaint*.AppImage
