#!/usr/bin/env bash
# Opt-in: install the built .deb into a FRESH Debian root and smoke-test it there, so a library
# the package forgot to depend on shows up (this machine has many more installed than a user's).
#
#   installer/deb_root_test.sh            (after python installer/build.py; as root)
#
# Makes a minimal Debian 12 with debootstrap (network to the Debian mirror; about a minute),
# installs dist/mouliaison_*.deb with apt (which brings exactly its Depends), checks what the
# package put where, that every library its files load is found, runs installer/smoke_test.py
# against /usr/bin/mouliaison and /usr/bin/mouliaison-cli inside that root, then removes the
# package and checks nothing of it is left. KEEP_ROOT=1 keeps the root for a look afterwards.
# DEB_ROOT_SUITE (bookworm) and DEB_ROOT_MIRROR (http://deb.debian.org/debian) choose the Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

fail() { echo "deb_root_test: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"
debs=(dist/mouliaison_*.deb)
[[ -f ${debs[0]} ]] || fail "no dist/mouliaison_*.deb: run python installer/build.py first"
deb=${debs[-1]}
python=${PYTHON:-python3}

workdir=$(mktemp -d /tmp/mouliaison-deb-root.XXXXXX)
root=$workdir/root
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
    mountpoint -q "$root/tmp/.X11-unix" && umount "$root/tmp/.X11-unix"
    mountpoint -q "$root/proc" && umount "$root/proc"
    if [[ ${KEEP_ROOT:-} == 1 ]]; then echo "root kept in $root"; else rm -rf "$workdir"; fi
}
trap cleanup EXIT

echo "==> debootstrap ${DEB_ROOT_SUITE:-bookworm} (minbase) into $root"
debootstrap --variant=minbase "${DEB_ROOT_SUITE:-bookworm}" "$root" "${DEB_ROOT_MIRROR:-http://deb.debian.org/debian}" \
    >"$workdir/debootstrap.log" 2>&1 || { tail -20 "$workdir/debootstrap.log"; fail "debootstrap failed"; }
echo "    $((SECONDS - started)) s"
mount -t proc proc "$root/proc"  # the executables find their own folder through /proc/self/exe
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

echo "==> apt-get install $(basename "$deb") (and its Depends only)"
cp "$deb" "$root/tmp/"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$workdir/apt.log" 2>&1 \
    || { tail -30 "$workdir/apt.log"; fail "the .deb does not install in a fresh root"; }
grep -E '^(Setting up|Unpacking) ' "$workdir/apt.log" | wc -l | xargs echo "    packages set up:"
echo "    $((SECONDS - started)) s"

echo "==> what the package installed"
for path in /usr/bin/mouliaison /usr/bin/mouliaison-cli /usr/lib/mouliaison/mouliaison /usr/lib/mouliaison/mouliaison-cli \
        /usr/share/applications/mouliaison.desktop /usr/share/icons/hicolor/scalable/apps/mouliaison.svg \
        /usr/share/metainfo/org.mouliaison.mouliaison.metainfo.xml /usr/share/doc/mouliaison/changelog.Debian.gz \
        /usr/share/doc/mouliaison/copyright; do
    [[ -e $root$path || -L $root$path ]] || fail "$path is missing after installing the .deb"
done
for name in mouliaison mouliaison-cli; do  # relative links, as Debian policy asks
    [[ $(readlink "$root/usr/bin/$name") == "../lib/mouliaison/$name" ]] \
        || fail "/usr/bin/$name does not point into /usr/lib/mouliaison"
done
grep -q '^Exec=mouliaison$' "$root/usr/share/applications/mouliaison.desktop" || fail "the menu entry does not run mouliaison"

echo "==> every library the installed files load is found (not only those the offscreen test loads)"
missing=$(in_root /bin/sh -c 'export LD_LIBRARY_PATH=/usr/lib/mouliaison/_internal:/usr/lib/mouliaison/_internal/PySide6/Qt/lib
    find /usr/lib/mouliaison -type f -name "*.so*" | while read -r f; do ldd "$f" | sed -n "s|^\s*\(.*not found\)|$f: \1|p"; done')
[[ -z $missing ]] || { echo "$missing"; fail "libraries not found in a fresh root: add their packages to the Depends"; }

echo "==> smoke test inside the root"
"$python" installer/smoke_test.py /usr/bin --chroot "$root"

echo "==> a real X11 window (xcb platform) inside the root, on an Xvfb display from outside"
if command -v Xvfb >/dev/null; then
    # -displayfd: Xvfb picks a free display and writes its number (other X servers may be running)
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$workdir/display" >"$workdir/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [[ -s $workdir/display ]] && break; sleep 0.1; done
    number=$(tr -d '[:space:]' <"$workdir/display")
    [[ -n $number ]] || { cat "$workdir/xvfb.log"; fail "Xvfb did not start"; }
    mkdir -p "$root/tmp/.X11-unix" "$root/tmp/xcb"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    painted=$(in_root env DISPLAY=":$number" QT_QPA_PLATFORM=xcb HOME=/tmp/xcb MOULIAISON_CONFIG_DIR=/tmp/xcb \
        MOULIAISON_EXIT_AFTER_FIRST_PAINT=1 timeout 120 /usr/bin/mouliaison --db /tmp/xcb/office.sqlite3 2>&1) \
        || { echo "$painted"; fail "the window does not open on X11 in a fresh root"; }
    grep -q '^first paint at' <<<"$painted" || { echo "$painted"; fail "the X11 window was never painted"; }
    echo "    painted on X11"
else
    echo "    SKIPPED: Xvfb is not installed here (apt-get install xvfb)"
fi

echo "==> apt-get remove mouliaison"
in_root apt-get remove -y -q mouliaison >"$workdir/remove.log" 2>&1 || { tail "$workdir/remove.log"; fail "remove failed"; }
[[ ! -e $root/usr/lib/mouliaison && ! -L $root/usr/bin/mouliaison && ! -L $root/usr/bin/mouliaison-cli ]] \
    || fail "files left after apt-get remove: $(find "$root/usr/lib/mouliaison" 2>/dev/null | head -5)"

echo "deb_root_test: $(basename "$deb") installs, runs and removes cleanly in a fresh root in $((SECONDS - started)) s"
