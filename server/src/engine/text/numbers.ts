// Numbers written as words ("sixty", "forty-five", "one hundred twenty", "ninety-one") or numerals ("60", "1,000").

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, a: 1, an: 1,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A regular-expression source matching a number in words (up to the thousands) or in numerals. */
export const NUMBER_WORDS_SOURCE =
  // "a hundred and twenty" as well as "one hundred twenty"
  String.raw`(?:(?:(?:one|a|two|three|four|five|six|seven|eight|nine)[\s-]+hundred(?:[\s-]+and)?[\s-]+)?` +
  String.raw`(?:(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?` +
  String.raw`|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)` +
  String.raw`|(?:one|a|two|three|four|five|six|seven|eight|nine)[\s-]+hundred)`;
export const NUMERAL_SOURCE = String.raw`\d{1,3}(?:,\d{3})+|\d{1,6}`;

/** Parses a number in words or numerals; undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  if (!text) return undefined;
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(text)) return Number(text.replace(/,/g, ''));
  const words = text.split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return undefined;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** Writes a number in words as drafts do ("sixty", "forty-five"), for fixes. */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  const unitNames = Object.keys(UNITS).filter((k) => k !== 'a' && k !== 'an');
  const tensNames = Object.entries(TENS).filter(([k]) => k !== 'fourty');
  const under100 = (x: number): string => {
    if (x < 20) return unitNames.find((k) => UNITS[k] === x)!;
    const t = tensNames.find(([, v]) => v === Math.floor(x / 10) * 10)![0];
    return x % 10 ? `${t}-${unitNames.find((k) => UNITS[k] === x % 10)}` : t;
  };
  if (n < 100) return under100(n);
  const h = `${unitNames.find((k) => UNITS[k] === Math.floor(n / 100))} hundred`;
  return n % 100 ? `${h} ${under100(n % 100)}` : h;
}

const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** A regular-expression source matching an ordinal in words ("sixtieth", "sixty-first", "ninetieth") or
 *  numerals ("60th", "61st"). */
export const ORDINAL_SOURCE =
  String.raw`(?:(?:(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+hundred(?:[\s-]+and)?[\s-]+)?` +
  String.raw`(?:(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)` +
  String.raw`|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth` +
  String.raw`|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)` +
  String.raw`|\d{1,3}(?:st|nd|rd|th))`;

/** Parses an ordinal in words or numerals ("sixtieth" → 60, "sixty-first" → 61, "90th" → 90). */
export function parseOrdinal(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  const numeric = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(text);
  if (numeric) return Number(numeric[1]);
  const words = text.split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return undefined;
  const last = words[words.length - 1];
  const lastValue = ORDINAL_UNITS[last] ?? ORDINAL_TENS[last];
  if (lastValue === undefined) return undefined;
  if (words.length === 1) return lastValue;
  const head = parseNumber(words.slice(0, -1).join(' '));
  return head === undefined ? undefined : head + lastValue;
}
