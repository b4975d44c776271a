#!/bin/sh
# Installs (or upgrades) Blue Pacific Desktop for this user, without root:
#   the program in ~/.local/opt/bluepacific-desktop, a command in ~/.local/bin,
#   a menu entry and its icon in ~/.local/share.
# The records are NOT here: they stay in ~/.local/share/BluePacificDesktop, which an upgrade or
# uninstall.sh never touches; the new version backs them up before it upgrades their format.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${BLUEPACIFIC_PREFIX:-$HOME/.local}
target="$prefix/opt/bluepacific-desktop"
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" \
    "$prefix/share/icons/hicolor/256x256/apps" "$prefix/share/icons/hicolor/scalable/apps"
# Replace the old program folder as a whole (an upgrade must not keep stale libraries).
rm -rf "$target.new"
mkdir -p "$target.new"
cp -R "$here/bluepacific-desktop" "$here/_internal" "$here/uninstall.sh" "$target.new/"
rm -rf "$target.old"
if [ -d "$target" ]; then mv "$target" "$target.old"; fi
mv "$target.new" "$target"
rm -rf "$target.old"
ln -sf "$target/bluepacific-desktop" "$prefix/bin/bluepacific-desktop"
cp "$here/bluepacific-desktop.png" "$prefix/share/icons/hicolor/256x256/apps/bluepacific-desktop.png"
cp "$here/bluepacific-desktop.svg" "$prefix/share/icons/hicolor/scalable/apps/bluepacific-desktop.svg"
sed "s|^Exec=.*|Exec=\"$target/bluepacific-desktop\"|" "$here/bluepacific-desktop.desktop" \
    > "$prefix/share/applications/bluepacific-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$prefix/share/applications" || true
echo "Installed $("$target/bluepacific-desktop" --version) in $target"
