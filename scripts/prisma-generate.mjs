// Runs `prisma generate` offline. Prisma 7 only checks that a schema engine binary exists before
// generating (generation itself is WebAssembly), and none can be downloaded on our machines, so
// point it at any existing file. Migrations use @prisma/schema-engine-wasm instead (src/db/migrations.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

let prismaCli;
try {
  prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
} catch {
  // The Prisma CLI is a dev dependency. A production install (npm ci --omit=dev) of a build runs on the
  // client compiled into dist/; without a build there is nothing to run, and the install says so.
  if (existsSync('dist/src/generated/prisma')) {
    console.log('prisma CLI not installed: using the Prisma client compiled into dist/ (npm run start:prod)');
    process.exit(0);
  }
  console.error(
    'prisma CLI not installed and no dist/: run "npm install" with dev dependencies, or "npm run build" before an install with --omit=dev',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
