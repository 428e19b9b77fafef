#!/usr/bin/env bash
# A two-node OpenSearch 2.15 cluster with the smartcn plugin, on loopback, for Gongkai's
# integration tests. Everything comes from Maven Central; the nodes run as a non-root user.
#
#   .ci/opensearch.sh start             fetch, build the plugin folder, start both nodes, wait for them
#   .ci/opensearch.sh stop              stop both nodes
#   .ci/opensearch.sh kill-node 2       kill node 2 at once (kill -9), as a machine dies
#   .ci/opensearch.sh start-node 2      start node 2 again and wait until it has joined
#   .ci/opensearch.sh status            the cluster's health
#
# Node 1 (HTTP 9250, transport 9350) is the cluster manager and holds data; node 2
# (HTTP 9251, transport 9351) holds data only, so killing it leaves a cluster manager and,
# with one replica, a copy of every shard.
set -euo pipefail

VERSION=2.15.0
LUCENE=9.10.0
HOME_DIR="${GONGKAI_OS_HOME:-/tmp/gongkai-opensearch}"
OS_USER="${GONGKAI_OS_USER:-gongkai-os}"
HEAP="${GONGKAI_OS_HEAP:-640m}"
HTTP_PORTS=(9250 9251)
TRANSPORT_PORTS=(9350 9351)
M2="${MAVEN_REPO:-$HOME/.m2/repository}"

log() { echo "opensearch: $*" >&2; }

as_user() {
  if [ "$(id -u)" = 0 ]; then
    su -s /bin/bash "$OS_USER" -c "$*"
  else
    bash -c "$*"
  fi
}

fetch() {
  local zip="$M2/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
  local plugin="$M2/org/opensearch/plugin/analysis-smartcn/$VERSION/analysis-smartcn-$VERSION.jar"
  local lucene="$M2/org/apache/lucene/lucene-analysis-smartcn/$LUCENE/lucene-analysis-smartcn-$LUCENE.jar"
  [ -f "$zip" ] || mvn -B -q dependency:get -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" -Dtransitive=false
  [ -f "$plugin" ] || mvn -B -q dependency:get -Dartifact="org.opensearch.plugin:analysis-smartcn:$VERSION" -Dtransitive=false
  [ -f "$lucene" ] || mvn -B -q dependency:get -Dartifact="org.apache.lucene:lucene-analysis-smartcn:$LUCENE" -Dtransitive=false
  ZIP="$zip" PLUGIN="$plugin" LUCENE_JAR="$lucene"
}

# One unpacked distribution per node, so that each has its own config, data and logs.
install_node() {
  local n=$1 dir="$HOME_DIR/node$1"
  if [ ! -d "$dir/bin" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    local tmp; tmp="$(mktemp -d)"
    unzip -q "$ZIP" -d "$tmp"
    mv "$tmp"/opensearch-"$VERSION"/* "$dir"/
    rm -rf "$tmp"
    # The smartcn plugin is published as a jar: a plugin folder made by hand installs it.
    mkdir -p "$dir/plugins/analysis-smartcn"
    cp "$PLUGIN" "$LUCENE_JAR" "$dir/plugins/analysis-smartcn/"
    cat > "$dir/plugins/analysis-smartcn/plugin-descriptor.properties" <<EOF
description=Smart Chinese analysis for OpenSearch
version=$VERSION
name=analysis-smartcn
classname=org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin
java.version=11
opensearch.version=$VERSION
EOF
  fi
  local roles="[cluster_manager, data, ingest]"
  [ "$n" = 1 ] || roles="[data, ingest]"
  cat > "$dir/config/opensearch.yml" <<EOF
cluster.name: gongkai-test
node.name: node$n
node.roles: $roles
network.host: 127.0.0.1
http.port: ${HTTP_PORTS[$((n-1))]}
transport.port: ${TRANSPORT_PORTS[$((n-1))]}
discovery.seed_hosts: ["127.0.0.1:${TRANSPORT_PORTS[0]}", "127.0.0.1:${TRANSPORT_PORTS[1]}"]
cluster.initial_cluster_manager_nodes: ["node1"]
path.data: $dir/data
path.logs: $dir/logs
# The test machine's disk may be nearly full; the tests' indexes are small.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  sed -i -E "s/^-Xms.*/-Xms$HEAP/; s/^-Xmx.*/-Xmx$HEAP/" "$dir/config/jvm.options"
  chown -R "$OS_USER" "$dir" 2>/dev/null || true
}

start_node() {
  local n=$1 dir="$HOME_DIR/node$1"
  if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then return 0; fi
  local java="${OPENSEARCH_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
  as_user "OPENSEARCH_JAVA_HOME='$java' '$dir/bin/opensearch' -d -p '$dir/pid' >'$dir/start.log' 2>&1"
  log "node$n starting on 127.0.0.1:${HTTP_PORTS[$((n-1))]}"
}

wait_for() {
  local nodes=$1
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:${HTTP_PORTS[0]}/_cluster/health?wait_for_nodes=$nodes&timeout=1s" >/dev/null 2>&1; then
      log "cluster up with $nodes node(s): $(curl -s "http://127.0.0.1:${HTTP_PORTS[0]}/_cat/health?h=status,node.total")"
      return 0
    fi
    sleep 1
  done
  log "the cluster did not come up with $nodes nodes in 120 s; see $HOME_DIR/node*/logs"
  tail -n 30 "$HOME_DIR"/node*/logs/gongkai-test.log >&2 || true
  return 1
}

stop_node() {
  local n=$1 dir="$HOME_DIR/node$1"
  [ -f "$dir/pid" ] || return 0
  local pid; pid="$(cat "$dir/pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$dir/pid"
}

case "${1:-}" in
  start)
    if [ "$(id -u)" = 0 ] && ! id "$OS_USER" >/dev/null 2>&1; then useradd --system --no-create-home "$OS_USER"; fi
    mkdir -p "$HOME_DIR" && chown "$OS_USER" "$HOME_DIR" 2>/dev/null || true
    fetch
    install_node 1 && install_node 2
    start_node 1 && start_node 2
    wait_for 2
    ;;
  stop) stop_node 2; stop_node 1 ;;
  kill-node)
    dir="$HOME_DIR/node${2:?which node}"
    kill -9 "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid"
    log "node$2 killed"
    ;;
  start-node)
    start_node "${2:?which node}"
    wait_for 2
    ;;
  status) curl -s "http://127.0.0.1:${HTTP_PORTS[0]}/_cluster/health?pretty" ;;
  *) echo "usage: $0 start|stop|kill-node N|start-node N|status" >&2; exit 64 ;;
esac
