// Translates the Java (java.util.regex / ICU) patterns of SRX files into JavaScript RegExp source
// for the `u` flag. What JavaScript cannot express exactly is approximated and reported.

export interface RegexTranslation {
  /** JavaScript pattern source, for `new RegExp(source, 'u')`. */
  source: string;
  /** Constructs that were approximated, in words (empty when the translation is exact). */
  approximations: string[];
}

export class UntranslatableRegexError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`${reason} in /${pattern}/`);
    this.name = 'UntranslatableRegexError';
  }
}

// Java's \b follows Character.isLetterOrDigit (Unicode); JavaScript's \b only knows [A-Za-z0-9_].
// Letters of every script count; digits are ASCII only (V8 builds each \p{…} class when the RegExp
// is created, and SRX files have thousands of \b: one class keeps loading a file fast).
const WORD_CHAR = '[\\p{L}_0-9]';
// ICU's \w (Okapi, LanguageTool) is Unicode: a Java \w written for English still reads Cyrillic.
const UNICODE_WORD = '\\p{L}\\p{Nd}_';
const WORD_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
const NOT_WORD_BOUNDARY = `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`;
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

/** Java property names without a JavaScript equivalent under the same name. */
const PROPERTIES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'A-Za-z',
  Digit: '0-9',
  Alnum: 'A-Za-z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: '\\p{Lowercase}',
  javaUpperCase: '\\p{Uppercase}',
  javaWhitespace: '\\s',
  javaLetter: '\\p{L}',
  javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '\\p{L}\\p{Nd}',
  IsAlphabetic: '\\p{Alphabetic}',
  IsLetter: '\\p{L}',
  IsDigit: '\\p{Nd}',
  IsUppercase: '\\p{Uppercase}',
  IsLowercase: '\\p{Lowercase}',
  IsWhite_Space: '\\s',
  IsPunctuation: '\\p{P}',
};

export function translateJavaRegex(pattern: string): RegexTranslation {
  return new JavaRegexTranslator(pattern).translate();
}

class JavaRegexTranslator {
  private at = 0;
  private out = '';
  private readonly approximations = new Set<string>();
  /** Case-insensitivity of each open group; the last entry is the current scope. */
  private readonly ignoreCase: boolean[] = [false];
  private classDepth = 0;

  constructor(private readonly pattern: string) {}

  translate(): RegexTranslation {
    const p = this.pattern;
    while (this.at < p.length) {
      const ch = p[this.at];
      if (this.classDepth > 0) this.inClass(ch);
      else this.outsideClass(ch);
    }
    if (this.classDepth > 0) throw new UntranslatableRegexError(p, 'unterminated character class');
    return { source: this.out, approximations: [...this.approximations] };
  }

  private get caseless(): boolean {
    return this.ignoreCase[this.ignoreCase.length - 1];
  }

  private outsideClass(ch: string): void {
    const p = this.pattern;
    if (ch === '\\') return this.escape(false);
    if (ch === '[') {
      this.classDepth = 1;
      this.at++;
      this.out += '[';
      if (p[this.at] === '^') {
        this.out += '^';
        this.at++;
      }
      if (p[this.at] === ']') {
        this.out += '\\]'; // Java allows "[]…]"
        this.at++;
      }
      return;
    }
    if (ch === '(') return this.openGroup();
    if (ch === ')') {
      if (this.ignoreCase.length > 1) this.ignoreCase.pop();
      this.out += ')';
      this.at++;
      return this.possessive();
    }
    if (ch === '*' || ch === '+' || ch === '?') {
      this.out += ch;
      this.at++;
      return this.possessive();
    }
    if (ch === '{') {
      const bounds = /^\{\d+(?:,\d*)?\}/.exec(p.slice(this.at));
      if (bounds !== null) {
        this.out += bounds[0];
        this.at += bounds[0].length;
        return this.possessive();
      }
    }
    if (ch === '{' || ch === '}' || ch === ']') {
      this.out += `\\${ch}`; // literal in Java, a syntax error alone under the u flag
      this.at++;
      return;
    }
    this.literal(ch);
    this.at++;
  }

  /** `*+`, `++`, `?+`, `{n}+`: JavaScript has no possessive quantifiers; greedy is the nearest. */
  private possessive(): void {
    if (this.pattern[this.at] === '+' && /[*+?}]$/.test(this.out)) {
      this.approximations.add('possessive quantifier read as greedy');
      this.at++;
    }
  }

  private openGroup(): void {
    const p = this.pattern;
    const rest = p.slice(this.at);
    const flags = /^\(\?([idmsuxU]*)(?:-([idmsuxU]*))?([:)])/.exec(rest);
    if (flags !== null && (flags[1] !== '' || flags[2] !== undefined)) {
      const on = flags[1].includes('i') ? true : flags[2]?.includes('i') ? false : this.caseless;
      if (/[msx]/.test(flags[1] + (flags[2] ?? ''))) this.approximations.add(`inline flags (?${flags[1]}) other than i, u ignored`);
      this.at += flags[0].length;
      if (flags[3] === ')') {
        this.ignoreCase[this.ignoreCase.length - 1] = on; // (?i) — to the end of the enclosing group
      } else {
        this.ignoreCase.push(on); // (?i:…)
        this.out += '(?:';
      }
      return;
    }
    this.ignoreCase.push(this.caseless);
    if (rest.startsWith('(?>')) {
      this.approximations.add('atomic group read as a plain group');
      this.out += '(?:';
      this.at += 3;
      return;
    }
    const named = /^\(\?<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest);
    if (named !== null) {
      this.out += named[0];
      this.at += named[0].length;
      return;
    }
    const special = /^\(\?(?:[:=!]|<[=!])/.exec(rest);
    const opening = special !== null ? special[0] : '(';
    this.out += opening;
    this.at += opening.length;
  }

  private inClass(ch: string): void {
    const p = this.pattern;
    if (ch === '\\') return this.escape(true);
    if (ch === '[') {
      // Java nests classes as a union: "[a-z[0-9]]" → "[a-z0-9]".
      if (p[this.at + 1] === '^') throw new UntranslatableRegexError(p, 'negated nested character class');
      this.classDepth++;
      this.at++;
      return;
    }
    if (ch === '&' && p[this.at + 1] === '&') throw new UntranslatableRegexError(p, 'character class intersection (&&)');
    if (ch === ']') {
      this.classDepth--;
      this.at++;
      if (this.classDepth === 0) {
        this.out += ']';
        this.possessiveAfterClass();
      }
      return;
    }
    this.at++;
    if (this.caseless && p[this.at] === '-' && p[this.at + 1] !== undefined && p[this.at + 1] !== ']') {
      const to = p[this.at + 1];
      this.at += 2;
      this.out += `${classChar(ch)}-${classChar(to)}`;
      const lower = ch.toLowerCase() + '-' + to.toLowerCase();
      const upper = ch.toUpperCase() + '-' + to.toUpperCase();
      for (const range of [lower, upper]) if (range !== `${ch}-${to}` && range.length === 3) this.out += `${classChar(range[0])}-${classChar(range[2])}`;
      return;
    }
    if (ch === '-') {
      // A range, unless (as Java reads it) it touches a class escape or an end of the class.
      const prev = p[this.at - 2];
      const literal =
        prev === '[' ||
        prev === '^' ||
        p[this.at] === ']' ||
        /^\\[dDsSwWpPh]/.test(p.slice(this.at, this.at + 2)) ||
        /\\[dDsSwWh]$|\}$/.test(p.slice(this.at - 3, this.at - 1));
      this.out += literal ? '\\-' : '-';
      return;
    }
    this.out += classChar(ch);
    if (this.caseless) this.out += caseVariants(ch).map(classChar).join('');
  }

  private possessiveAfterClass(): void {
    const next = this.pattern[this.at];
    if (next === '*' || next === '+' || next === '?') {
      this.out += next;
      this.at++;
      this.possessive();
    }
  }

  private literal(ch: string): void {
    const variants = this.caseless ? caseVariants(ch) : [];
    this.out += variants.length === 0 ? ch : `[${classChar(ch)}${variants.map(classChar).join('')}]`;
  }

  private escape(inClass: boolean): void {
    const p = this.pattern;
    const next = p[this.at + 1];
    if (next === undefined) throw new UntranslatableRegexError(p, 'trailing backslash');
    const emit = (source: string, length: number) => {
      this.out += source;
      this.at += length;
    };
    if (next === 'Q') {
      const end = p.indexOf('\\E', this.at + 2);
      const quoted = p.slice(this.at + 2, end < 0 ? p.length : end);
      this.at = end < 0 ? p.length : end + 2;
      for (const ch of quoted) {
        if (inClass) this.out += classChar(ch);
        else this.literal(SYNTAX.has(ch) ? `\\${ch}` : ch);
      }
      return;
    }
    if (next === 'p' || next === 'P') {
      const braced = /^\\[pP]\{\^?([A-Za-z_=]+)\}|^\\[pP]([A-Za-z])/.exec(p.slice(this.at));
      if (braced === null) throw new UntranslatableRegexError(p, 'malformed \\p{…}');
      return emit(this.property(next === 'P', braced[1] ?? braced[2], inClass), braced[0].length);
    }
    if (next === 'x' && p[this.at + 2] === '{') {
      const close = p.indexOf('}', this.at);
      return emit(`\\u{${p.slice(this.at + 3, close)}}`, close + 1 - this.at);
    }
    if (next === '0') {
      const octal = /^\\0([0-3]?[0-7]{1,2})/.exec(p.slice(this.at));
      if (octal === null) throw new UntranslatableRegexError(p, 'malformed octal escape');
      return emit(`\\x${parseInt(octal[1], 8).toString(16).padStart(2, '0')}`, octal[0].length);
    }
    const fixed: Record<string, string> = {
      e: '\\x1B',
      a: '\\x07',
      h: '[ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]',
      H: '[^ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]',
    };
    if (!inClass) {
      Object.assign(fixed, {
        b: WORD_BOUNDARY,
        B: NOT_WORD_BOUNDARY,
        A: '^',
        z: '$',
        Z: '(?=\\r?\\n?$)',
        v: '[\\n\\x0B\\f\\r\\x85\\u2028\\u2029]',
        R: '(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])',
      });
    } else {
      Object.assign(fixed, { v: '\\n\\x0B\\f\\r\\x85\\u2028\\u2029', h: ' \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000' });
    }
    if (next === 'b' && !inClass && /^[\p{L}]|^\\p\{L/u.test(p.slice(this.at + 2, this.at + 6))) {
      return emit(`(?<!${WORD_CHAR})`, 2); // "\bcf\." — a word follows, so only what precedes matters
    }
    if ((next === 'w' || next === 'W') && inClass) {
      if (next === 'W') throw new UntranslatableRegexError(p, '\\W inside a character class');
      return emit(UNICODE_WORD, 2);
    }
    if (next === 'w' || next === 'W') return emit(`[${next === 'W' ? '^' : ''}${UNICODE_WORD}]`, 2);
    if (next === 'G') throw new UntranslatableRegexError(p, '\\G (end of previous match)');
    if (fixed[next] !== undefined) return emit(fixed[next], 2);
    if (/[dDsSwWtnrfcuk0-9]/.test(next)) {
      // Shared with JavaScript; \uXXXX and \cX carry their operands along.
      const length = next === 'u' ? 6 : next === 'c' ? 3 : 2;
      return emit(p.slice(this.at, this.at + length), length);
    }
    if (next === 'x') return emit(p.slice(this.at, this.at + 4), 4);
    if (/[A-Za-z]/.test(next)) throw new UntranslatableRegexError(p, `unknown escape \\${next}`);
    // Java lets any punctuation be escaped; with the u flag JavaScript only accepts syntax characters.
    if (SYNTAX.has(next) || (inClass && next === '-')) return emit(`\\${next}`, 2);
    if (inClass) return emit(classChar(next), 2);
    this.at += 2;
    this.literal(next);
  }

  private property(negated: boolean, name: string, inClass: boolean): string {
    let body: string;
    if (PROPERTIES[name] !== undefined) body = PROPERTIES[name];
    else if (/^(?:Is|In)[A-Z]/.test(name) && name.length > 3) {
      const script = name.slice(2);
      if (name.startsWith('In')) this.approximations.add(`Unicode block \\p{${name}} read as script ${script}`);
      body = `\\p{Script=${script}}`;
    } else if (/^[A-Z][a-z]?$/.test(name) || /^(?:L|M|N|P|S|Z|C)[a-z]?$/.test(name)) body = `\\p{${name}}`;
    else if (/^(?:sc|script|gc|general_category|blk|block)=/i.test(name))
      body = `\\p{${name.replace(/^(?:sc|script)=/i, 'Script=').replace(/^(?:gc|general_category)=/i, 'General_Category=')}}`;
    else body = `\\p{${name}}`;
    const single = /^\\p\{[^}]+\}$/.test(body);
    if (single) return negated ? body.replace('\\p', '\\P') : body;
    if (inClass) {
      if (negated) throw new UntranslatableRegexError(this.pattern, `negated \\P{${name}} inside a class`);
      return body;
    }
    return negated ? `[^${body}]` : `[${body}]`;
  }
}

function caseVariants(ch: string): string[] {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return [lower, upper].filter((variant, i, all) => variant !== ch && variant.length === 1 && all.indexOf(variant) === i);
}

/** A character as a class member under the u flag. */
function classChar(ch: string): string {
  return ch === '\\' || ch === ']' || ch === '[' || ch === '^' || ch === '-' ? `\\${ch}` : ch;
}
