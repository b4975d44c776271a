#!/bin/sh
# Removes the program, its command and menu entry. The records in
# ~/.local/share/BluePacificDesktop (and their backups) are kept: delete them by hand only if
# every change has reached the hub.
set -eu
prefix=${BLUEPACIFIC_PREFIX:-$HOME/.local}
rm -rf "$prefix/opt/bluepacific-desktop"
rm -f "$prefix/bin/bluepacific-desktop" "$prefix/share/applications/bluepacific-desktop.desktop" \
    "$prefix/share/icons/hicolor/256x256/apps/bluepacific-desktop.png" \
    "$prefix/share/icons/hicolor/scalable/apps/bluepacific-desktop.svg"
echo "Blue Pacific Desktop removed; your records stay in ~/.local/share/BluePacificDesktop."
