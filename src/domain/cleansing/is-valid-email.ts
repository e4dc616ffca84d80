/** A deliverable-looking address: one @, no spaces, a dot in the domain and a top-level part of 2+ letters. */
export function isValidEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[a-z]{2,}$/i.test(email.trim());
}
