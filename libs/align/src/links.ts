/** One alignment link: 0-based sentence numbers of the left and right editions (either may be empty). */
export interface Link {
  left: number[];
  right: number[];
  /** 0 (doubtful) … 1 (sure). */
  confidence: number;
}

/** A link in vecalign's notation, e.g. "[3, 4]:[2]" or "[]:[7]". */
export function formatLink(link: Pick<Link, 'left' | 'right'>): string {
  return `[${link.left.join(', ')}]:[${link.right.join(', ')}]`;
}

const LINE = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/;

/** Parses vecalign's notation, one link a line; throws naming the line of the first malformed link. */
export function parseLinks(text: string): Array<Pick<Link, 'left' | 'right'>> {
  const numbers = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map(Number);
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => {
      const match = LINE.exec(line);
      if (!match) throw new Error(`line ${index + 1}: not a link "[i, …]:[k, …]": ${line.slice(0, 60)}`);
      return { left: numbers(match[1]), right: numbers(match[2]) };
    });
}
