// The domain's closed sets of values, shared by the parser, the database rows and the cards.

export const visitKinds = ['visit', 'call', 'meeting'] as const;
export type VisitKind = (typeof visitKinds)[number];

export const complaintCategories = ['quality', 'delivery', 'service', 'billing', 'other'] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

export const severities = ['urgent', 'high', 'normal', 'low'] as const;
export type Severity = (typeof severities)[number];

export const followUpRanges = ['today', 'week', 'overdue', 'all'] as const;
export type FollowUpRange = (typeof followUpRanges)[number];
