import { describe, expect, it } from 'vitest';
import { createAckGate } from '../../../src/adapters/shared/create-ack-gate.ts';

describe('createAckGate', () => {
  it('lets background work wait for the requests in progress', async () => {
    const gate = createAckGate(1_000);
    let finish!: () => void;
    const request = gate.hold(() => new Promise<void>((resolve) => (finish = resolve)));
    let idle = false;
    const waiting = gate.idle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toBe(false);
    finish();
    await request;
    await waiting;
    expect(idle).toBe(true);
  });

  it('keeps nothing of a wait that timed out while requests never stop', async () => {
    const gate = createAckGate(1);
    let finish!: () => void;
    const request = gate.hold(() => new Promise<void>((resolve) => (finish = resolve)));
    for (let i = 0; i < 20; i++) await gate.idle();
    expect(gate.waiting()).toBe(0);
    finish();
    await request;
  });
});
