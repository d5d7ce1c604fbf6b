#!/usr/bin/env bash
# windows-sign.sh FILE: Authenticode-signs a Windows program in place with
# SIGN_CERT (PEM certificate, or chain) and SIGN_KEY (PEM private key), then
# verifies the signature. Used by windows.sh for thidua.exe and the
# installer, and by makensis for the uninstaller (!uninstfinalize).
# SIGN_TIMESTAMP_URL (an RFC 3161 server) keeps the signature valid after
# the certificate expires; it needs the network.
set -euo pipefail
f=$1
: "${SIGN_CERT:?}" "${SIGN_KEY:?}"
# The description is ASCII: osslsigncode stores it as an IA5String, which
# Windows shows byte by byte, so "đ" would read "Ä‘".
osslsigncode sign -certs "$SIGN_CERT" -key "$SIGN_KEY" -n "Thi dua - Khen thuong" \
	-h sha256 ${SIGN_TIMESTAMP_URL:+-ts "$SIGN_TIMESTAMP_URL"} -in "$f" -out "$f.signed" >/dev/null
mv "$f.signed" "$f"
osslsigncode verify -CAfile "$SIGN_CERT" -in "$f" >/dev/null || osslsigncode verify -CAfile "$SIGN_CERT" -in "$f" >&2
echo "windows-sign.sh: signature of $(basename "$f") verified"
