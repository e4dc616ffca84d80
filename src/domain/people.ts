export const roles = ['rep', 'manager', 'service', 'admin'] as const;
export type Role = (typeof roles)[number];

export type Locale = 'zh' | 'en';

/** The person a message or card action comes from, as the core sees them. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
  teamId: number | null;
  locale: Locale;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
