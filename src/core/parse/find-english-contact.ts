import type { ContactMatch } from './find-chinese-contact.ts';

const titleSource =
  '(?:C[A-Z]O|VP(?: of [A-Z][a-z]+)?|SVP|EVP|GM|Head of [A-Z]?[a-z]+|(?:[A-Z][a-z]+ )?(?:Manager|Director|Lead)|President|Chairman|Founder|Co-founder|Owner|Buyer|Engineer|Purchaser)';
// Capitalised words that are not people; checked inside the pattern so "Met Sarah" still finds Sarah.
const notNameWords =
  '(?:I|We|They|He|She|The|Our|Their|This|That|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Met|Meeting|Call|Visit|Log|Follow|Next|Last|Had|Spoke|Talked|Mr|Mrs|Ms|Miss|Dr|Prof)\\b';
const nameWord = `(?!${notNameWords})[A-Z][a-z]+`;
const nameSource = `(${nameWord}(?:[ '-]${nameWord})?)`;

const honorificThenName = new RegExp(`\\b(Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+${nameSource}\\b`);
const titleThenName = new RegExp(`\\b(${titleSource})\\s+${nameSource}\\b`);
const nameThenTitle = new RegExp(
  `${nameSource},?\\s+(?:the |their |our |its |who is (?:the |their )?)?(${titleSource})\\b`,
);
const nameFromDepartment = new RegExp(
  `${nameSource}\\s+from\\s+((?:(?!at\\b|in\\b|on\\b|today\\b|yesterday\\b|about\\b|and\\b|who\\b)[a-z][a-z&-]*\\s?){1,3})`,
);
const nameAfterVerb = new RegExp(
  `\\b(?:[Mm]et(?: with)?|[Mm]eeting with|[Cc]all with|[Cc]alled|[Pp]honed|[Ss]poke (?:with|to)|[Tt]alked (?:with|to)|(?:[Ll]unch|[Dd]inner|[Bb]reakfast|[Cc]offee|[Dd]rinks|[Zz]oom|[Ss]ync|[Cc]hat(?:ted)?|[Cc]aught up) with|[Cc]ontact(?: is|:)?)\\s+${nameSource}`,
  'g',
);

/** English contacts with a role: "CTO Zhang", "John Smith, the CFO", "Sarah from procurement". */
export function findEnglishContact(text: string): ContactMatch | null {
  // Mr./Ms. are forms of address, not roles; Dr. and Prof. are kept as the title.
  const addressed = honorificThenName.exec(text);
  if (addressed)
    return at(
      addressed,
      addressed[2] ?? '',
      /^(?:Dr|Prof)$/.test(addressed[1] ?? '') ? (addressed[1] ?? null) : null,
    );
  const titled = titleThenName.exec(text);
  if (titled) return at(titled, titled[2] ?? '', titled[1] ?? null);
  const named = nameThenTitle.exec(text) ?? nameFromDepartment.exec(text);
  return named ? at(named, named[1] ?? '', named[2]?.trim() ?? null) : null;
}

/** A bare name after met / call with ("met Sarah"), unless it is the customer ("met with Acme"). */
export function findEnglishContactAfterVerb(text: string, customer: string | null): ContactMatch | null {
  for (const hit of text.matchAll(nameAfterVerb)) {
    const name = hit[1] ?? '';
    if (!customer?.startsWith(name)) return at(hit, name, null);
  }
  return null;
}

function at(hit: RegExpMatchArray, name: string, title: string | null): ContactMatch {
  const start = hit.index ?? 0;
  return { name, title, span: { start, end: start + hit[0].length } };
}
