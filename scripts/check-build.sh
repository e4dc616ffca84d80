#!/usr/bin/env bash
# CI, after the tests: `npm run build`, then the built service started with plain node from a folder
# holding a verbatim copy of .env.example must answer /healthz on 127.0.0.1 with 200 and stop on
# SIGTERM with code 0. Also checks that dist/ imports only runtime dependencies, which is what a
# production install (npm ci --omit=dev --omit=optional) has. Building takes about a minute, too slow
# for a vitest test.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

npm run -s build

# Every package dist/ imports must be in "dependencies": dev dependencies are absent in production.
node -e '
  const { readFileSync, readdirSync } = require("node:fs");
  const { builtinModules } = require("node:module");
  const deps = Object.keys(require("./package.json").dependencies);
  const files = readdirSync("dist", { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => `dist/${f}`);
  const missing = new Set();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    // Static imports and re-exports (a statement may span lines), and dynamic import("...").
    const specs = [
      ...text.matchAll(/^(?:import|export)\s[^;]*?from\s*["\x27]([^."\x27][^"\x27]*)["\x27]/gm),
      ...text.matchAll(/^import\s*["\x27]([^."\x27][^"\x27]*)["\x27]/gm),
      ...text.matchAll(/\bimport\(\s*["\x27]([^."\x27][^"\x27]*)["\x27]\s*\)/g),
    ];
    for (const [, spec] of specs) {
      if (spec.startsWith("node:") || builtinModules.includes(spec)) continue;
      const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
      if (!deps.includes(name)) missing.add(`${name} (${file})`);
    }
  }
  if (missing.size > 0) {
    console.error(`check-build: dist/ imports packages that are not runtime dependencies: ${[...missing].join(", ")}`);
    process.exit(1);
  }
'

dir=$(mktemp -d)
cp .env.example "$dir/.env"
# PORT=0 in the environment wins over the file's 3000: the service picks a free port and logs it.
(cd "$dir" && PORT=0 exec node --heap-growing-percent=20 "$repo/dist/src/main.js" >"$dir/out.log" 2>&1) &
pid=$!
stop() { kill "$pid" 2>/dev/null || true; }
trap stop EXIT

port=""
for _ in $(seq 1 120); do
  port=$(grep -o '"port":[0-9]*,"database"' "$dir/out.log" | grep -o '[0-9]*' | head -1 || true)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$port" ]; then
  echo "check-build: the built service did not start:" >&2
  cat "$dir/out.log" >&2
  exit 1
fi
status=$(curl -s -o "$dir/health.json" -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)
if [ "$status" != 200 ]; then
  echo "check-build: /healthz answered $status: $(cat "$dir/health.json" 2>/dev/null)" >&2
  cat "$dir/out.log" >&2
  exit 1
fi
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
trap - EXIT
if [ "$code" != 0 ]; then
  echo "check-build: the built service exited $code on SIGTERM" >&2
  cat "$dir/out.log" >&2
  exit 1
fi
rm -rf "$dir"
echo "check-build: dist/ built, started with node, /healthz 200 on 127.0.0.1:$port, stopped with code 0"
