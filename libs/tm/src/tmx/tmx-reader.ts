import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { closeToken, openToken, readTokenLike, standaloneToken } from '@interlinea/inline-codes';
import type { TmxCode, TmxHeader, TmxProp, TmxUnit, TmxVariant } from './tmx-model';

/** A file that is not well-formed XML or not valid TMX, with the place where reading stopped. */
export class TmxError extends Error {
  constructor(
    /** What is wrong, without the place. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
/** A self-closed tag, or an HTML void element, or a Word break or tab: markup complete on its own. */
const STANDALONE_TAG = /^(?:<[^<>]*\/>|<(?:br|img|hr|input|wbr|meta|link|area|col|embed|source|track|param)\b[^<>]*>)$/i;
/** Markup complete on its own, or an Interlinea standalone placeholder. */
const isStandalone = (content: string): boolean => STANDALONE_TAG.test(content) || readTokenLike(content)?.standalone === true;

interface OpenSeg {
  text: string;
  codes: TmxCode[];
  /** bpt `i` → code id, while its ept is still to come. */
  open: Map<string, number>;
  hi: number[];
}

/**
 * Streaming TMX 1.4b reader: feed text chunk by chunk, take the finished units between chunks.
 * Inline markup becomes Interlinea's codes in the text — `<bpt>`/`<ept>` and `<hi>` as `{n}`…`{/n}`,
 * `<ph>`/`<ut>` as `{n/}`, `<it>` as `{n}` or `{/n}` by its `pos` — and the native markup is kept in
 * `codes` for export. `<prop>` and `<note>` are kept. Errors carry the line and column.
 */
export class TmxReader {
  readonly header: TmxHeader = { srcLang: null, attributes: {} };
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly done: TmxUnit[] = [];
  private error: TmxError | null = null;
  private sawRoot = false;
  private unit: TmxUnit | null = null;
  private variant: TmxVariant | null = null;
  private seg: OpenSeg | null = null;
  private code: TmxCode | null = null;
  private codeDepth = 0;
  private note: string | null = null;
  private prop: TmxProp | null = null;
  /** Units dropped because they hold fewer than two languages. */
  skipped = 0;

  constructor() {
    this.parser.on('error', (e) => this.fail(e.message.replace(/^\d+:\d+: /, '')));
    this.parser.on('opentag', (tag) => this.guard(() => this.openElement(tag)));
    this.parser.on('closetag', (tag) => this.guard(() => this.closeElement(tag.name)));
    this.parser.on('text', (text) => this.guard(() => this.text(text)));
    this.parser.on('cdata', (text) => this.guard(() => this.text(text)));
  }

  write(chunk: string): void {
    this.parser.write(chunk);
    if (this.error) throw this.error;
  }

  close(): void {
    this.parser.close();
    if (this.error) throw this.error;
    if (!this.sawRoot) throw new TmxError('the file has no <tmx> element', this.parser.line, this.parser.column);
  }

  /** Units read so far and not yet taken. */
  take(): TmxUnit[] {
    return this.done.splice(0, this.done.length);
  }

  private guard(work: () => void): void {
    if (this.error) return;
    try {
      work();
    } catch (e) {
      if (e instanceof TmxError) this.error = e;
      else throw e;
    }
  }

  private fail(message: string): void {
    if (!this.error) this.error = new TmxError(message, this.parser.line, this.parser.column);
  }

  private invalid(message: string): never {
    throw new TmxError(message, this.parser.line, this.parser.column);
  }

  private openElement(tag: SaxesTagPlain): void {
    const a = tag.attributes;
    if (!this.sawRoot) {
      if (tag.name !== 'tmx') this.invalid(`this is not a TMX file: the root element is <${tag.name}>`);
      this.sawRoot = true;
      return;
    }
    if (this.code) {
      this.codeDepth++;
      return; // <sub> and anything else inside native code: its text is code content
    }
    switch (tag.name) {
      case 'header':
        this.header.srcLang = a.srclang ?? null;
        this.header.attributes = { ...a };
        return;
      case 'tu': {
        // the tuid and language tag have fields of their own (and are written back from them)
        this.unit = { tuid: a.tuid ?? null, attributes: except(a, 'tuid'), props: [], notes: [], variants: [] };
        return;
      }
      case 'tuv': {
        if (!this.unit) this.invalid('<tuv> outside a <tu>');
        const locale = a['xml:lang'] ?? a.lang;
        if (!locale) this.invalid('<tuv> without xml:lang');
        this.variant = { language: primaryLanguage(locale), locale, text: '', codes: [], props: [], notes: [], attributes: except(a, 'xml:lang', 'lang') };
        return;
      }
      case 'seg':
        if (!this.variant) this.invalid('<seg> outside a <tuv>');
        this.seg = { text: '', codes: [], open: new Map(), hi: [] };
        return;
      case 'prop':
        this.prop = { type: a.type ?? '', value: '' };
        return;
      case 'note':
        this.note = '';
        return;
    }
    if (!this.seg) return;
    if (tag.name === 'hi') {
      const id = this.nextId(a.x);
      this.seg.hi.push(id);
      this.seg.codes.push({ id, element: 'hi', attributes: { ...a }, content: '' });
      this.seg.text += openToken(id);
    } else if (CODE_ELEMENTS.has(tag.name)) {
      this.openCode(tag.name as TmxCode['element'], a);
    }
  }

  private openCode(element: TmxCode['element'], a: Record<string, string>): void {
    const seg = this.seg!;
    let id: number;
    let placeholder: string;
    if (element === 'bpt') {
      if (a.i === undefined) this.invalid('<bpt> without its i attribute');
      if (seg.open.has(a.i)) this.invalid(`a second <bpt i="${a.i}"> before the first one was closed`);
      id = this.nextId(a.x);
      seg.open.set(a.i, id);
      placeholder = openToken(id);
    } else if (element === 'ept') {
      const opened = a.i === undefined ? undefined : seg.open.get(a.i);
      if (opened === undefined) this.invalid(`<ept i="${a.i ?? ''}"> has no <bpt i="${a.i ?? ''}"> before it`);
      seg.open.delete(a.i);
      id = opened;
      placeholder = closeToken(id);
    } else if (element === 'it') {
      id = this.nextId(a.x);
      placeholder = a.pos === 'end' ? closeToken(id) : openToken(id);
    } else {
      id = this.nextId(a.x);
      placeholder = standaloneToken(id);
    }
    this.code = { id, element, attributes: { ...a }, content: '' };
    seg.codes.push(this.code);
    seg.text += placeholder;
    this.codeDepth = 1;
  }

  /**
   * An isolated code (<it>) whose native content is a whole tag on its own (`<br/>`, `<img …>`) is a
   * standalone code, not the opening or closing half of a pair: its token becomes `{n/}`.
   */
  private standaloneIsolated(code: TmxCode): void {
    if (code.element !== 'it' || !this.seg || !isStandalone(code.content.trim())) return;
    const token = code.attributes.pos === 'end' ? closeToken(code.id) : openToken(code.id);
    if (this.seg.text.endsWith(token)) this.seg.text = this.seg.text.slice(0, -token.length) + standaloneToken(code.id);
  }

  private nextId(x: string | undefined): number {
    const used = new Set(this.seg!.codes.map((c) => c.id));
    const wanted = x !== undefined && /^\d+$/.test(x) ? Number(x) : NaN;
    if (wanted > 0 && !used.has(wanted)) return wanted;
    let id = 1;
    while (used.has(id)) id++;
    return id;
  }

  private closeElement(name: string): void {
    if (this.code) {
      if (--this.codeDepth === 0) {
        this.standaloneIsolated(this.code);
        this.code = null;
      }
      return;
    }
    switch (name) {
      case 'prop':
        if (this.prop) (this.variant ?? this.unit)?.props.push(this.prop);
        this.prop = null;
        return;
      case 'note':
        if (this.note !== null) (this.variant ?? this.unit)?.notes.push(this.note);
        this.note = null;
        return;
      case 'hi':
        if (this.seg) this.seg.text += closeToken(this.seg.hi.pop() ?? 0);
        return;
      case 'seg':
        if (this.variant && this.seg) {
          this.variant.text = this.seg.text;
          this.variant.codes = this.seg.codes;
        }
        this.seg = null;
        return;
      case 'tuv':
        if (this.unit && this.variant) this.unit.variants.push(this.variant);
        this.variant = null;
        return;
      case 'tu':
        if (this.unit) {
          const languages = new Set(this.unit.variants.filter((v) => v.text.trim() !== '').map((v) => v.language));
          if (languages.size >= 2) this.done.push(this.unit);
          else this.skipped++;
        }
        this.unit = null;
        return;
    }
  }

  private text(text: string): void {
    if (this.code) this.code.content += text;
    else if (this.seg) this.seg.text += text;
    else if (this.prop) this.prop.value += text;
    else if (this.note !== null) this.note += text;
  }
}

/** The attributes but one or two named ones (a loop: object rest is slow on a path taken for every unit). */
function except(attributes: Record<string, string>, name: string, other?: string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key in attributes) if (key !== name && key !== other) kept[key] = attributes[key];
  return kept;
}

/** `EN-US` → `en`: memories match by language, the locale is kept for export. */
export function primaryLanguage(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) {
    language = locale.split(/[-_]/)[0].toLowerCase();
    if (languages.size < 1000) languages.set(locale, language);
  }
  return language;
}

const languages = new Map<string, string>();
