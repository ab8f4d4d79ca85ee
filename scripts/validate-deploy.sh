#!/usr/bin/env bash
# Checks deploy/ as far as a machine without a container daemon or a cluster allows:
#  - the compose file resolves (docker-compose from Debian, installed if missing; `config` needs no daemon),
#    with throwaway values for the secrets it requires;
#  - the Helm chart renders, if `helm` is on the PATH (it is not packaged by Debian; the YAML and the values the
#    templates use are checked by tests/Hub.Api.Tests/Deployment in any case).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1 && ! docker compose version >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q docker-compose >/dev/null
fi
compose() { if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi; }

key() { head -c 32 /dev/urandom | base64; }
export POSTGRES_PASSWORD=validate MINIO_ROOT_PASSWORD=validate-minio HUB_ARCHIVE_KEY="$(key)" HUB_AUDIT_KEY="$(key)" \
  HUB_LOG_HMAC_KEY="$(key)" HUB_AUTH_AUTHORITY=https://issuer.example HUB_ALERT_WEBHOOK_SECRET=validate-webhook-secret
resolved="$(compose -f deploy/compose.yaml config)"
for service in hub-1 hub-2 postgres minio; do
  grep -q "^  ${service}:" <<<"$resolved" || { echo "compose: service ${service} missing" >&2; exit 1; }
done
echo "deploy/compose.yaml: valid (hub-1, hub-2, postgres, minio)"

if command -v helm >/dev/null 2>&1; then
  helm lint deploy/helm/lda-hub
  helm template lda-hub deploy/helm/lda-hub >/dev/null
  echo "deploy/helm/lda-hub: renders"
else
  echo "deploy/helm/lda-hub: helm not installed, templates not rendered (structure checked by tests/Hub.Api.Tests/Deployment)"
fi
