/**
 * What a card needs to show a customer by name: the name, and what its bad-customer warning needs.
 * Every query feeding a card that lists customers selects these, and maps them with badMarkOf.
 */
export const customerNameFields = { name: true, status: true, badReason: true } as const;
