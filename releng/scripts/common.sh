# Shared by the scripts beside it: where things are, and the system packages they need.
# shellcheck shell=bash

CIVITAS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PRODUCT_TARGET=$CIVITAS_ROOT/releng/org.civitas.product/target/products

# The product archive for this machine, or nothing when the product is not built yet.
product_archive() {
  local archive
  for archive in "$PRODUCT_TARGET"/civitas-portfolio-studio-*-linux.gtk.x86_64.tar.gz; do
    [ -f "$archive" ] && echo "$archive" && return 0
  done
  return 0
}

# Unpacks the product archive into $1 (emptied first); prints the product folder.
unpack_product() {
  local destination=$1 archive
  archive=$(product_archive)
  [ -n "$archive" ] || { echo "No product archive under $PRODUCT_TARGET; build it with ./mvnw -B verify" >&2; return 1; }
  rm -rf "$destination" && mkdir -p "$destination"
  # Tycho writes pax headers that GNU tar does not know; they carry nothing we need.
  tar --warning=no-unknown-keyword -xzf "$archive" -C "$destination"
  echo "$destination/civitas"
}

# The median of the numbers on standard input, one a line (the mean of the middle two for an
# even count), for the timing scripts.
median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Installs missing Debian packages when running as root; otherwise says what to install.
require_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

# Packages for running SWT: GTK 3 and fonts.
GUI_PACKAGES=(libgtk-3-0 fonts-dejavu-core)
# Packages for running SWT without a screen, and for finding its windows.
HEADLESS_GUI_PACKAGES=(xvfb xauth xdotool)
# A real browser, headless: the board pack's HTML is checked the way a board member reads it.
BROWSER_PACKAGES=(chromium)
# Git: the merge and diff drivers are tested on real repositories.
VCS_PACKAGES=(git)

# Microsoft's SARIF multitool (npm), installed once under target/tools; prints its path.
sarif_multitool() {
  local tools=$CIVITAS_ROOT/target/tools/sarif
  local tool=$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
  if [ ! -x "$tool" ]; then
    command -v npm >/dev/null || require_packages nodejs npm >&2
    mkdir -p "$tools"
    (cd "$tools" && npm install --silent --no-audit --no-fund --no-save @microsoft/sarif-multitool@5.7.0 >&2)
    # npm leaves install scripts unrun unless approved; the only one makes the tool executable.
    chmod u+x "$tool"
  fi
  echo "$tool"
}
