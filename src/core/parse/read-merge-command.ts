export const mergeIntents = ['find_duplicates', 'merge_customers', 'undo_merge'] as const;

export type MergeCommand =
  | { intent: 'find_duplicates' }
  /** 合并客户 12 到 34: customer 12 goes into 34, which stays. */
  | { intent: 'merge_customers'; removeId: number; keepId: number }
  | { intent: 'undo_merge'; auditId: number };

const end = '[\\s!.?。？！]*$';
const findPatterns = [
  new RegExp(`^(?:客户)?查重${end}`),
  new RegExp(`^(?:查找|查看|列出)?(?:疑似)?重复(?:的)?客户${end}`),
  new RegExp(`^(?:find|show|list|check)\\s+(?:for\\s+)?duplicates?(?:\\s+customers?)?${end}`, 'i'),
  new RegExp(`^duplicate customers${end}`, 'i'),
];
const mergePatterns = [
  new RegExp(`^合并(?:客户)?\\s*#?(\\d+)\\s*(?:到|进|并入|合并到|->|→)\\s*#?(\\d+)${end}`),
  new RegExp(`^merge\\s+(?:customer\\s+)?#?(\\d+)\\s+into\\s+#?(\\d+)${end}`, 'i'),
];
const undoPatterns = [
  new RegExp(`^(?:撤销|撤回|取消|还原)(?:客户)?合并\\s*#?(\\d+)${end}`),
  new RegExp(`^(?:undo|revert)\\s+(?:the\\s+)?merge\\s+#?(\\d+)${end}`, 'i'),
];

/**
 * The admin's duplicate commands, whole messages only: 查重 / find duplicates, 合并客户 12 到 34 /
 * merge 12 into 34, 撤销合并 56 / undo merge 56 (56: the merge's audit entry, shown on its card). Reads
 * simplified, half-width text (NormalizedText.match).
 */
export function readMergeCommand(text: string): MergeCommand | null {
  const body = text.trim();
  if (findPatterns.some((pattern) => pattern.test(body))) return { intent: 'find_duplicates' };
  for (const pattern of mergePatterns) {
    const hit = pattern.exec(body);
    if (hit) return { intent: 'merge_customers', removeId: Number(hit[1]), keepId: Number(hit[2]) };
  }
  for (const pattern of undoPatterns) {
    const hit = pattern.exec(body);
    if (hit) return { intent: 'undo_merge', auditId: Number(hit[1]) };
  }
  return null;
}
