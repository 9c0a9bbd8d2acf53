#!/bin/sh
# Regenerate the EMF model code of bundles/org.kbtriage.model from model/triage.genmodel.
# Usage: releng/emf-codegen/generate.sh [--init-genmodel]
#   --init-genmodel  recreate model/triage.genmodel from model/triage.ecore first
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE="$HERE/../../bundles/org.kbtriage.model"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
CP_FILE="$HERE/target/classpath.txt"
mvn -q -f "$HERE/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
"$JAVA_HOME/bin/java" -cp "$HERE/target/classes:$(cat "$CP_FILE")" org.kbtriage.emfcodegen.Main "$@" "$BUNDLE"
