import * as chrono from 'chrono-node';
import { closestYearRefiner } from './date-parser-kit.ts';
import { enDateParsers } from './en-date-parsers.ts';
import { tomorrowRefiner, zhDateParsers } from './zh-date-parsers.ts';

/** chrono's casual simplified-Chinese reader with our parsers first, so they win equal matches. */
export function createZhDateReader(): chrono.Chrono {
  const configuration = chrono.zh.hans.createCasualConfiguration();
  configuration.parsers.unshift(...zhDateParsers);
  configuration.refiners.push(closestYearRefiner, tomorrowRefiner);
  return new chrono.Chrono(configuration);
}

/** chrono's casual English reader with our parsers first. */
export function createEnDateReader(): chrono.Chrono {
  const reader = chrono.en.casual.clone();
  reader.parsers.unshift(...enDateParsers);
  reader.refiners.push(closestYearRefiner);
  return reader;
}
