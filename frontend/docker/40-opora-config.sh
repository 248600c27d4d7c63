#!/bin/sh
# Writes the SPA's runtime settings (same shape as the Vite dev server's /config.json) from the environment.
set -eu

json_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}

target=/usr/share/nginx/html/config.json
cat > "$target" <<JSON
{
  "oidcAuthority": "$(json_escape "${OPORA_OIDC_AUTHORITY:-http://localhost:8180/realms/opora}")",
  "oidcClientId": "$(json_escape "${OPORA_OIDC_CLIENT_ID:-opora-spa}")",
  "apiBaseUrl": ""
}
JSON
echo "40-opora-config.sh: wrote $target (oidcAuthority=${OPORA_OIDC_AUTHORITY:-http://localhost:8180/realms/opora})"
