// `npm run build`: the service compiled to dist/ for plain `node` (npm run start:prod), no tsx at run time.
// The Prisma client is generated from the current schema first and compiled in with the rest; the
// migrations are copied beside it, where src/db/migrations.ts looks for them (../../prisma from
// dist/src/db), so dist/ is all a production install needs besides its runtime dependencies.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Files of sources that no longer exist must not linger in dist/.
rmSync('dist', { recursive: true, force: true });
run('scripts/prisma-generate.mjs', []);
run(createRequire(import.meta.url).resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);
mkdirSync('dist/prisma', { recursive: true });
cpSync('prisma/schema.prisma', 'dist/prisma/schema.prisma');
cpSync('prisma/migrations', 'dist/prisma/migrations', { recursive: true });
console.log('built dist/: start it with npm run start:prod');
