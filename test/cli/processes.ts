import { type ChildProcess, spawn } from 'node:child_process';

/** Only what the service and the CLI need: no platform credentials from the developer's shell. */
function envFor(url: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'info' };
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: envFor(url) });
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
  const begun = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: envFor(url),
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
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs);
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
