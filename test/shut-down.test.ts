import { afterEach, describe, expect, it, vi } from 'vitest';
import { shutDown, shutdownLimitMs } from '../src/shut-down.ts';
import { captureLogs } from './helpers/capture-logs.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** What a supervisor sees: the exit codes the process asked for, and the operator's error lines. */
function watch() {
  const logs = captureLogs('info');
  const exits: number[] = [];
  const errors = () => logs.lines.filter((line) => line.level === 50).map((line) => line.msg);
  return { logger: logs.logger, exits, exit: (code: number) => void exits.push(code), errors };
}

const never = () => new Promise<void>(() => {});

describe('shutting down', () => {
  it("a step that hangs does not keep the process: it exits 1 at 9 s, under Docker's 10 s grace", async () => {
    vi.useFakeTimers();
    const w = watch();
    shutDown(never, { logger: w.logger, exit: w.exit });
    await vi.advanceTimersByTimeAsync(shutdownLimitMs - 1);
    expect(w.exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.exits).toEqual([1]);
    expect(w.errors()).toEqual(['shutdown did not finish in time: exiting anyway']);
    expect(shutdownLimitMs).toBeLessThan(10_000);
  });

  it('steps that finish exit 0 at once, and the limit does not fire afterwards', async () => {
    vi.useFakeTimers();
    const w = watch();
    shutDown(() => new Promise((resolve) => setTimeout(resolve, 200)), {
      logger: w.logger,
      limitMs: 1_000,
      exit: w.exit,
    });
    await vi.advanceTimersByTimeAsync(200);
    expect(w.exits).toEqual([0]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(w.exits).toEqual([0]);
    expect(w.errors()).toEqual([]);
  });

  it('a step that fails exits 1 with a line saying so', async () => {
    const w = watch();
    const exited = new Promise<void>((resolve) => {
      shutDown(() => Promise.reject(new Error('database is locked')), {
        logger: w.logger,
        limitMs: 5_000,
        exit: (code) => {
          w.exit(code);
          resolve();
        },
      });
    });
    await exited;
    expect(w.exits).toEqual([1]);
    expect(w.errors()).toEqual(['shutdown failed']);
  });
});
