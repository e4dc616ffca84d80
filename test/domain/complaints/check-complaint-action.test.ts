import { describe, expect, it } from 'vitest';
import { checkComplaintAction } from '../../../src/domain/complaints/check-complaint-action.ts';

const owner = { id: 5, role: 'service' } as const;
const manager = { id: 1, role: 'manager' } as const;
const reporter = { id: 2, role: 'rep' } as const;
const admin = { id: 6, role: 'admin' } as const;
const stranger = { id: 3, role: 'rep' } as const;
const complaint = { status: 'open', ownerId: 5, ownerManagerId: 1, reporterId: 2, escalationLevel: 0 };

describe('checkComplaintAction', () => {
  it.each([
    ['accept', owner, complaint, 'allowed'],
    ['accept', admin, complaint, 'forbidden'],
    ['accept', owner, { ...complaint, status: 'acknowledged' }, 'conflict'],
    ['resolve', owner, { ...complaint, status: 'acknowledged' }, 'allowed'],
    ['resolve', reporter, complaint, 'forbidden'],
    ['reassign', owner, complaint, 'allowed'],
    ['reassign', manager, complaint, 'allowed'],
    ['reassign', admin, complaint, 'allowed'],
    ['reassign', reporter, complaint, 'forbidden'],
    ['reassign', { id: 9, role: 'manager' }, complaint, 'forbidden'],
    ['reassign', admin, { ...complaint, status: 'closed' }, 'conflict'],
    ['escalate', reporter, complaint, 'allowed'],
    ['escalate', owner, complaint, 'allowed'],
    ['escalate', stranger, complaint, 'forbidden'],
    ['escalate', owner, { ...complaint, escalationLevel: 2 }, 'conflict'],
    ['rate', reporter, { ...complaint, status: 'resolved' }, 'allowed'],
    ['rate', owner, { ...complaint, status: 'resolved' }, 'forbidden'],
    ['rate', reporter, complaint, 'conflict'],
  ] as const)('%s by %o', (action, actor, state, kind) => {
    expect(checkComplaintAction(action, actor, state).kind).toBe(kind);
  });
});
