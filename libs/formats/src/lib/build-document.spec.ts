import { buildDocument, Skeleton } from '../index';
import { writeBlockText } from './build-document';

const asText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('writeBlockText: a translation cannot break the construct it goes into', () => {
  it('writes line breaks of a one-line construct as spaces', () => {
    expect(writeBlockText({ block: 0 }, 'Workers’\r\npower\n\n  now')).toBe('Workers’ power now');
  });

  it('uses the source’s line breaks by position, then the slot’s line break', () => {
    const slot = { block: 0, lineBreak: '\r\n> ', lineBreaks: ['\r\n'] };
    expect(writeBlockText(slot, 'one\ntwo\nthree\nfour')).toBe('one\r\ntwo\r\n> three\r\n> four');
  });

  it('escapes reserved characters once, leaving escaped ones alone', () => {
    const slot = { block: 0, escape: '|' };
    expect(writeBlockText(slot, 'a | b \\| c \\\\| d')).toBe('a \\| b \\| c \\\\\\| d');
  });

  it('writes an empty translation as nothing', () => {
    expect(writeBlockText({ block: 0, lineBreak: '\n' }, '  \n ')).toBe('');
  });
});

describe('buildDocument', () => {
  const skeleton: Skeleton = { format: 'md', parts: ['\uFEFF# ', { block: 0 }, '\n\n', { block: 1, lineBreak: '\n' }, '\n'] };

  it('encodes the edition as UTF-8, byte order mark included', () => {
    const bytes = buildDocument(skeleton, ['Заголовок', 'Текст']);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(asText(bytes)).toBe('# Заголовок\n\nТекст\n');
  });

  it('refuses too many or too few texts', () => {
    expect(() => buildDocument(skeleton, ['one', 'two', 'three'])).toThrow(RangeError);
    expect(() => buildDocument(skeleton, [])).toThrow('The document has 2 blocks but 0 block texts were given.');
  });
});
