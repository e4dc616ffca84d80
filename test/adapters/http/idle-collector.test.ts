import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startIdleCollector } from '../../../src/adapters/http/idle-collector.ts';

afterEach(() => {
  vi.useRealTimers();
});

function fakeServer(): Server {
  return new EventEmitter() as Server;
}

describe('startIdleCollector', () => {
  it('collects once after a burst when the server falls idle, not while requests keep coming', () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const collect = vi.fn();
    startIdleCollector(server, { idleMs: 1_000, minRequests: 3, collect, now: Date.now });
    for (let i = 0; i < 5; i++) {
      server.emit('request');
      vi.advanceTimersByTime(500);
    }
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_500);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('leaves a quiet server alone: a few requests are not worth a pause', () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const collect = vi.fn();
    startIdleCollector(server, { idleMs: 1_000, minRequests: 3, collect, now: Date.now });
    server.emit('request');
    server.emit('request');
    vi.advanceTimersByTime(10_000);
    expect(collect).not.toHaveBeenCalled();
  });

  it('does nothing when the runtime offers no full collection, and stops listening when stopped', () => {
    const server = fakeServer();
    startIdleCollector(server, { idleMs: 1_000, minRequests: 1, collect: undefined })();
    const stop = startIdleCollector(server, { idleMs: 1_000, minRequests: 1, collect: vi.fn() });
    expect(server.listenerCount('request')).toBe(1);
    stop();
    expect(server.listenerCount('request')).toBe(0);
  });
});
