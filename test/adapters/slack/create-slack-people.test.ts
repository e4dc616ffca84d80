import { WebClient } from '@slack/web-api';
import nock from 'nock';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackPeople } from '../../../src/adapters/slack/create-slack-people.ts';
import { createTestDb } from '../../helpers/db.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';

let api: FakeSlackApi | undefined;
afterEach(async () => {
  await api?.close();
});

describe('Slack people: display names of new colleagues', () => {
  it('keeps only the most recently used names: an old one is asked for again', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    api = await startFakeSlackApi();
    const { db } = await createTestDb();
    const client = new WebClient('xoxb-test', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } });
    const people = createSlackPeople({ db, client, logger: pino({ level: 'silent' }), maxCached: 2 });

    for (const user of ['U_A', 'U_B', 'U_A', 'U_C', 'U_A', 'U_B'])
      expect(await people.displayNameOf(user)).toBe('Ada Slack');
    // U_A was used again before U_C came, so U_B was the one to go.
    expect(api.callsTo('users.info').map((call) => call.body.user)).toEqual(['U_A', 'U_B', 'U_C', 'U_B']);
  });
});
