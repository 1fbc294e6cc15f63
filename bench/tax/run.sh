#!/usr/bin/env bash
# Builds Tamar's classes jar and these benchmarks, then measures salaries tax computations per second
# on one thread and on two threads (JMH 1.37, one fork, 3 warm-up and 5 measured iterations of 3 s).
# Takes about 3 minutes. Extra arguments go to JMH, such as `-f 2` or a benchmark name pattern.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

echo "Building Tamar's classes jar"
(cd "$root" && ./mvnw -q -B install -DskipTests)
echo "Building the benchmarks"
"$root/mvnw" -q -B -f "$here/pom.xml" package

classpath="$here/target/classes:$(cat "$here/target/classpath.txt")"
echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
for threads in 1 2; do
  echo "== $threads thread(s)"
  java -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 3 -w 3s -i 5 -r 3s -t "$threads" \
    -rf text -rff "$here/target/results-${threads}t.txt" "$@" SalariesTaxBenchmark
done
echo "== Summary"
cat "$here/target/results-1t.txt" "$here/target/results-2t.txt"
