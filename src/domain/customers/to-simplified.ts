import { Converter } from 'opencc-js';

type Convert = (text: string) => string;

const hanPattern = /\p{Script=Han}/u;
let convert: Convert | undefined;

/** Traditional Chinese (generic, Taiwan and Hong Kong forms) → simplified; other text passes through. */
export function toSimplified(text: string): string {
  if (!hanPattern.test(text)) return text;
  // Building the dictionaries takes ~40 ms; pay it on first use rather than on every import of the domain.
  convert ??= createConverter();
  return convert(text);
}

function createConverter(): Convert {
  // 't' covers standard traditional (臺→台, 積→积); 'hk' adds Hong Kong variants that 't' keeps (衞→卫).
  // Not 'tw': it maps 么→幺 and 著→着, so converting its own output again changes it, and keys must be
  // stable when a stored key is normalised a second time.
  const fromTraditional = Converter({ from: 't', to: 'cn' });
  const fromHongKong = Converter({ from: 'hk', to: 'cn' });
  return (text) => fromHongKong(fromTraditional(text));
}
