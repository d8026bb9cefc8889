#!/bin/sh
# Install the Debian packages Gongkai's features need, if they are missing:
# chromium (browser tests), fonts-wqy-zenhei (Chinese text in screenshots and PDFs),
# fonts-arphic-uming (the Song typeface letters' PDFs are set in when no 仿宋 font is installed:
# Debian has no FangSong font for simplified Chinese), poppler-utils (pdftotext, used to check
# generated PDFs; pdftoppm, which renders scanned PDFs for text recognition), tesseract-ocr and
# tesseract-ocr-chi-sim (text recognition of images and scans before the privacy scan).
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi "wenquanyi zen hei" || missing="$missing fonts-wqy-zenhei"
fc-list 2>/dev/null | grep -qi "AR PL UMing CN" || missing="$missing fonts-arphic-uming"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
tesseract --list-langs 2>/dev/null | grep -qx chi_sim || missing="$missing tesseract-ocr-chi-sim"
[ -z "$missing" ] && exit 0
echo "gongkai: installing system packages:$missing"
case "$missing" in *fonts-arphic-uming*)
  echo "gongkai: fonts-arphic-uming: letters' PDFs use it when no 仿宋 (FangSong) font is installed";;
esac
case "$missing" in *tesseract-ocr*)
  echo "gongkai: tesseract-ocr, tesseract-ocr-chi-sim: read the text of images and scanned PDFs" \
    "so the privacy scan can check them";;
esac
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "gongkai: cannot install$missing: run as root or install them with apt-get" >&2
    exit 1
  fi
else SUDO=""; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
