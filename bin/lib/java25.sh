# Sourced by the bin/ scripts: sets EDDY_JAVA_HOME to a Java 25+ installation, or explains in one line what to install.
# Search order: $JAVA_HOME, the java on PATH, then the usual install folders.
eddy_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

eddy_find_java25() {
  local candidates=() dir on_path
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if on_path=$(command -v java 2>/dev/null); then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$on_path")")")")
  fi
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] || continue
    local major
    major=$(eddy_java_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      EDDY_JAVA_HOME="$dir"
      return 0
    fi
  done
  echo "eddy: no Java 25 runtime found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install a JDK 25, e.g. 'apt-get install temurin-25-jdk', or set JAVA_HOME" >&2
  return 1
}
