/** The five levels a customer's satisfaction is recorded on, best first; stored as written here. */
export const satisfactionLevels = ['满意', '比较满意', '基本满意', '不太满意', '不满意'] as const;
export type Satisfaction = (typeof satisfactionLevels)[number];

export function isSatisfaction(value: unknown): value is Satisfaction {
  return (satisfactionLevels as readonly unknown[]).includes(value);
}

/** The two lowest levels send the complaint back for the manager's review instead of closing it. */
export function reopensComplaint(level: Satisfaction): boolean {
  return level === '不太满意' || level === '不满意';
}
