#!/usr/bin/env bash
# Browser tests need Debian's Chromium (Playwright's own browser download cannot reach
# its CDN here) and ffmpeg, which turns a certificate's QR into a fake camera stream.
# Unit tests use OpenSSL's command line as a second implementation of CRLs.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
# OpenSSL writes the CRLs the Worker's CRL reader is checked against (an independent implementation).
command -v openssl >/dev/null || missing+=(openssl)
# The kiosk print tests run Chromium headed (headless Chromium cannot print a PDF) on a virtual display.
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
	echo "› installing ${missing[*]} from apt"
	sudo_cmd=""
	[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
