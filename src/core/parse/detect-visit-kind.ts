import type { VisitKind } from './parse-result.ts';

// A call first: 电话会议 and "conference call" happen on the phone. Calls and meetings still to come
// (再打电话, 回电话, call them back, 再开会) say nothing about the one being logged.
const callPattern =
  /(?<!再打|再打个|回|再)电话|通话|\b(?:log (?:a )?call|call with|called|phoned|phone call|had a call|on a call|conference call|video call)\b/i;
const meetingPattern = /会议|(?<!再)开会|开了会|\b(?:meeting|log (?:a )?meeting)\b/i;

/** call for 电话/通话/call, meeting for 会议/开会/meeting, otherwise an in-person visit. */
export function detectVisitKind(text: string): VisitKind {
  if (callPattern.test(text)) return 'call';
  if (meetingPattern.test(text)) return 'meeting';
  return 'visit';
}
