import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * This library owns the placeholder grammar (`{1}`, `{/1}`, `{2/}`). This check fails when a copy of the
 * token pattern appears anywhere else in the sources: callers import what they need from
 * @interlinea/inline-codes (its patterns, sources to compose with, or helpers) instead.
 *
 * Every regular expression literal, and every string or template literal (a `new RegExp` source), of
 * apps/x/src, apps/x/test and libs/x/src is read with the TypeScript parser; one that holds braces and
 * a digit class and matches a whole close token `{/12}` or standalone token `{12/}` is a copy.
 */

const ROOT = join(__dirname, '..', '..', '..');
const OWNER = 'libs/inline-codes/src/';
const SAMPLES = ['{/12}', '{12/}'];

interface Pattern {
  source: string;
  flags: string;
  line: number;
}

/** Whether a regular expression (source and flags) is a copy of the code token pattern, or holds one. */
function copiesTokenPattern(source: string, flags = ''): boolean {
  if (!/\{|\\x7b|\\u\{?0*7b/i.test(source) || !/\\d|0-9|\\p\{N/.test(source)) return false;
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags.replace(/[gy]/g, ''));
  } catch {
    return false;
  }
  return SAMPLES.some((token) => [token, `a ${token} b`].some((text) => pattern.exec(text)?.[0].includes(token)));
}

/** The regular expressions a file may hold: regex literals, and string and template literals (cooked and raw). */
function patternsIn(fileName: string, text: string): Pattern[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const patterns: Pattern[] = [];
  const add = (node: ts.Node, source: string, flags = ''): void => {
    patterns.push({ source, flags, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      add(node, node.text.slice(1, end), node.text.slice(end + 1));
    } else if (ts.isStringLiteral(node)) {
      add(node, node.text);
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      add(node, node.text);
      if (node.rawText !== undefined) add(node, node.rawText);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return patterns;
}

/** The .ts and .tsx files of apps/x/src, apps/x/test and libs/x/src (no node_modules, no build output). */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const [group, folders] of [
    ['apps', ['src', 'test']],
    ['libs', ['src']],
  ] as const) {
    for (const project of readdirSync(join(ROOT, group), { withFileTypes: true })) {
      if (!project.isDirectory()) continue;
      for (const folder of folders) {
        const dir = join(ROOT, group, project.name, folder);
        if (existsSync(dir)) walk(dir);
      }
    }
  }
  return files.map((file) => relative(ROOT, file).split('\\').join('/'));
}

describe('the detector of copies of the token pattern', () => {
  it.each([
    [String.raw`\{\/?\d+\/?\}`, 'g'],
    [String.raw`\{(?:\/\d+|\d+\/?)\}`, 'g'],
    [String.raw`\{\/?\d+\}|\{\d+\/\}`, ''],
    [String.raw`\{\/?(\d+)\/?\}`, 'g'],
    [String.raw`\{(\d+)\}|\{\/(\d+)\}|\{(\d+)\/\}`, 'g'],
    [String.raw`^\{\/?\d+\/?\}$`, ''],
    [String.raw`\{(\/?)(\d+)(\/?)\}`, 'g'],
    [String.raw`(\{\/?\d+\/?\})|(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*)|(\S)`, 'gu'],
    [String.raw`[{]/?[0-9]+/?[}]`, 'g'],
    [String.raw`\x7b\/\d+\x7d`, ''],
  ])('finds the copy /%s/%s', (source, flags) => {
    expect(copiesTokenPattern(source, flags)).toBe(true);
  });

  it.each([
    [String.raw`^\{\d+(?:,\d*)?\}`, ''],
    [String.raw`\{[^}]*\}`, 'g'],
    [String.raw`\S+`, 'g'],
    [String.raw`(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*)|(\S)`, 'gu'],
    [String.raw`\\u\{[0-9a-f]+\}`, 'i'],
    ['Press {1}Save{/1}{2/}.', ''],
    ['{12/}', ''],
  ])('leaves /%s/%s alone', (source, flags) => {
    expect(copiesTokenPattern(source, flags)).toBe(false);
  });

  it('reads regex literals, strings and templates, raw ones too', () => {
    const code = [
      'const a = /\\{\\/?\\d+\\/?\\}/g;',
      "const b = new RegExp('\\\\{(?:\\\\/\\\\d+|\\\\d+\\\\/?)\\\\}');",
      'const c = new RegExp(String.raw`\\{\\/?\\d+\\}`);',
      'const d = /\\d+/;',
    ].join('\n');
    const copies = patternsIn('sample.ts', code).filter((pattern) => copiesTokenPattern(pattern.source, pattern.flags));
    expect(copies.map((pattern) => pattern.line)).toEqual([1, 2, 3]);
  });
});

describe('the token pattern lives in @interlinea/inline-codes only', () => {
  const files = sourceFiles();

  it('reads the sources of every app and library', () => {
    for (const file of [
      'apps/api/src/modules/segments/segment-editing.service.ts',
      'apps/web/src/modules/editor/utils/coded-dom.ts',
      'apps/api/test/segment-editing.e2e-spec.ts',
      'libs/tm/src/tokenize.ts',
      'libs/formats/src/docx/docx-filter.spec.ts',
      'libs/segmentation/src/srx/java-regex.ts',
    ]) {
      expect(files).toContain(file);
    }
  });

  it('has no copy of the token pattern outside libs/inline-codes', () => {
    const copies = files
      .filter((file) => !file.startsWith(OWNER))
      .flatMap((file) =>
        patternsIn(file, readFileSync(join(ROOT, file), 'utf8'))
          .filter((pattern) => copiesTokenPattern(pattern.source, pattern.flags))
          .map((pattern) => `${file}:${pattern.line}: ${pattern.source} — import from @interlinea/inline-codes instead`),
      );
    expect(copies).toEqual([]);
  });
});
