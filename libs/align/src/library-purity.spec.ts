import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

// The library is pure functions over strings: its sources (not tests, not test support) import
// no I/O and no framework. The workspace lint does not catch Node built-ins, so this test does.
const FORBIDDEN = /from\s+['"](?:node:|fs\b|fs\/|path\b|http|net\b|child_process|@nestjs\/|typeorm|react|i18next|pg\b)/;

function librarySources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'test-support' ? [] : librarySources(file);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [file] : [];
  });
}

describe('library sources', () => {
  it.each(librarySources(__dirname).map((file) => [path.relative(__dirname, file), file]))('%s imports no I/O or framework', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(FORBIDDEN);
  });
});
