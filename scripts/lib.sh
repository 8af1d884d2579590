# Shared by scripts/serve and scripts/test: a project virtual environment kept in step with
# pyproject.toml, and Debian packages installed only when missing.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"

ensure_venv() {
  # $1: the extras to install ("" or "dev")
  local extras=$1 spec="$ROOT" stamp
  [ -n "$extras" ] && spec="$ROOT[$extras]"
  stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)-${extras:-base}"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$spec"
    touch "$stamp"
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=""
ensure_debian_packages() {
  # ensure_debian_packages CHECK-PATH PACKAGE...: install the packages if CHECK-PATH is missing
  local check=$1; shift
  if compgen -G "$check" >/dev/null; then return 0; fi
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
