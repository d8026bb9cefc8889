#!/bin/sh
# Install the Debian packages Gongkai's features need, if they are missing:
# chromium (browser tests), fonts-wqy-zenhei (Chinese text in screenshots and PDFs),
# poppler-utils (pdftotext, used to check generated PDFs).
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi "wenquanyi zen hei" || missing="$missing fonts-wqy-zenhei"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -z "$missing" ] && exit 0
echo "gongkai: installing system packages:$missing"
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "gongkai: cannot install$missing: run as root or install them with apt-get" >&2
    exit 1
  fi
else SUDO=""; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
