import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// tsx by its full address, so that an entry point can run from a test's own folder (and its own .env).
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** `node` arguments that run one of our entry points (src/main.ts, …) from any working directory. */
export function entryArgs(file: string, args: string[] = []): string[] {
  return ['--import', tsx, join(repoRoot, file), ...args];
}

// Every variable .env.example names, set empty: the environment wins over a .env file, and empty is
// unset, so a developer's own .env (real tokens) never reaches a process under test.
const blankEnvFile = Object.fromEntries(
  [...readFileSync(join(repoRoot, '.env.example'), 'utf8').matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => [
    match[1],
    '',
  ]),
);

/** Only what the service and the CLI need: no platform credentials from the developer's shell. */
function envFor(url: string): NodeJS.ProcessEnv {
  return {
    ...blankEnvFile,
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: url,
    PORT: '0',
    LOG_LEVEL: 'info',
  };
}

export interface Service {
  child: ChildProcess;
  port: number;
  output: () => string;
}

const started: ChildProcess[] = [];

/**
 * Starts the real service (`npm start`'s entry) on `url` and resolves once it listens; rejects with
 * its output if it exits or has not listened within `withinMs`.
 */
export function startService(url: string, withinMs = 90_000): Promise<Service> {
  return startServiceIn(repoRoot, envFor(url), withinMs);
}

/** The service started in `cwd` (where it looks for .env) with exactly `env`. */
export function startServiceIn(cwd: string, env: NodeJS.ProcessEnv, withinMs = 90_000): Promise<Service> {
  const child = spawn(process.execPath, entryArgs('src/main.ts'), { cwd, env });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`the service did not listen within ${withinMs} ms`), withinMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}:\n${output}`));
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /"port":(\d+)[^\n]*"msg":"chatcrm is listening"/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ child, port: Number(listening[1]), output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(`the service exited with ${code}`));
  });
}

export interface CrmRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs `npm run -s crm -- …`'s entry on `url` as its own process, killed if it outlives `withinMs`. */
export function runCrm(url: string, args: string[], withinMs = 120_000): Promise<CrmRun> {
  return runEntry({ cwd: repoRoot, env: envFor(url), file: 'src/cli/main.ts', args, withinMs });
}

/** Runs an entry point to its end in `cwd` with exactly `env`, stdin closed (the console then quits). */
export function runEntry(run: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  file: string;
  args?: string[];
  withinMs?: number;
}): Promise<CrmRun> {
  const begun = performance.now();
  const child = spawn(process.execPath, entryArgs(run.file, run.args), {
    cwd: run.cwd,
    env: run.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), run.withinMs ?? 120_000);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, seconds: (performance.now() - begun) / 1000 });
    });
  });
}

/** Stops every process these helpers started and waits until they are gone. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    started.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(late);
    }),
  );
}
