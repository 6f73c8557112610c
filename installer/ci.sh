#!/usr/bin/env bash
# CI for the installable builds (the last step of .ci/run): build everything for Linux with
# `python installer/build.py`, then smoke-test the BUILT files (installer/smoke_test.py).
# Expects .ci/run to have made .venv and installed the system libraries Qt needs.
# MOULIAISON_DEB_ROOT_TEST=1 also installs the .deb into a fresh Debian root (debootstrap,
# network to the Debian mirror, about 3 minutes more): installer/deb_root_test.sh.
# MOULIAISON_LINTIAN=1 also runs lintian on the .deb and fails on any error (warnings are listed
# in installer/README.md); opt-in: it takes 1 to 1.5 minutes here and .ci/run does not install it.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

# objdump (binutils): PyInstaller and installer/linux_libraries.py read the libraries with it;
# makensis (nsis): the NSIS script is compiled over the Linux build as a stand-in payload.
packages=(binutils nsis)
[[ ${MOULIAISON_DEB_ROOT_TEST:-} == 1 ]] && packages+=(debootstrap xvfb)
[[ ${MOULIAISON_LINTIAN:-} == 1 ]] && packages+=(lintian)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
    as_root=()
    [[ $(id -u) -eq 0 ]] || as_root=(sudo)
    echo "installing ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,build]"
.venv/bin/python installer/build.py
.venv/bin/python installer/smoke_test.py dist/mouliaison
if [[ ${MOULIAISON_LINTIAN:-} == 1 ]]; then
    # errors fail the build; the overrides shipped in the package (installer/lintian-overrides) apply
    lintian --fail-on error --tag-display-limit 0 dist/mouliaison_*.deb
fi
if [[ ${MOULIAISON_DEB_ROOT_TEST:-} == 1 ]]; then
    bash installer/deb_root_test.sh
fi
echo "installer: built and smoke-tested the built files in $((SECONDS - started)) s"
