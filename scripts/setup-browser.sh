#!/bin/sh
# Install Debian's Chromium (and its driver) for the browser tests, if it is missing.
# Idempotent: does nothing when /usr/bin/chromium exists. The browser comes from Debian
# packages, never from a Playwright download.
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-noto-core
test -x /usr/bin/chromium
