import { getDefaults, Lexer, Token, Tokens } from 'marked';
import { CodedText, CodedTextBuilder } from '@interlinea/inline-codes';

/** Link reference definitions of a document, as marked's block lexer collects them. */
export type LinkDefinitions = Lexer['tokens']['links'];

const TITLE_LENGTH = 60;

/**
 * Inline markup of a Markdown block as codes: emphasis, strong, strikethrough and links are paired
 * (a link's open is "[", its close "](url)" or "][ref]"), code spans, images, inline HTML and autolinks
 * are standalone, a hard break is a standalone code before the "\n". Each code's markup is the source's,
 * byte for byte, so writing the codes back gives the source text. When marked's tokens do not add up to
 * the text, the text is kept as it is (only token-like literals become codes).
 */
export function readMarkdownInline(text: string, links: LinkDefinitions): CodedText {
  const lexer = new Lexer({ ...getDefaults(), gfm: true });
  lexer.tokens.links = links;
  const tokens = lexer.inlineTokens(text);
  const builder = new CodedTextBuilder();
  if (rawOf(tokens) === text && addTokens(tokens, builder)) return builder.build();
  const plain = new CodedTextBuilder();
  plain.addText(text);
  return plain.build();
}

function rawOf(tokens: Token[] | undefined): string {
  return (tokens ?? []).map((token) => token.raw).join('');
}

/** Adds tokens to the builder; false when a token's children cannot be placed in its raw. */
function addTokens(tokens: Token[], builder: CodedTextBuilder): boolean {
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
      case 'link': {
        if (!addPaired(token as Tokens.Strong | Tokens.Em | Tokens.Del | Tokens.Link, builder)) return false;
        break;
      }
      case 'codespan':
        builder.standalone(token.raw, `code: ${shorten((token as Tokens.Codespan).text)}`);
        break;
      case 'image':
        builder.standalone(token.raw, `image: ${shorten((token as Tokens.Image).href)}`);
        break;
      case 'html':
        builder.standalone(token.raw, `HTML ${shorten(token.raw)}`);
        break;
      case 'br': {
        const marker = token.raw.replace(/\n$/, '');
        builder.standalone(marker, 'line break');
        if (marker !== token.raw) builder.addText('\n');
        break;
      }
      default:
        // text, escape: kept as written.
        builder.addText(token.raw);
    }
  }
  return true;
}

function addPaired(token: Tokens.Strong | Tokens.Em | Tokens.Del | Tokens.Link, builder: CodedTextBuilder): boolean {
  const inner = rawOf(token.tokens);
  const at = inner === '' ? -1 : token.raw.indexOf(inner);
  const autolink = token.type === 'link' && (token.raw.startsWith('<') || inner === token.raw);
  if (at <= 0 || autolink) {
    builder.standalone(token.raw, token.type === 'link' ? `link → ${shorten(token.href)}` : TITLES[token.type]);
    return true;
  }
  const title = token.type === 'link' ? `link → ${shorten(token.href)}` : TITLES[token.type];
  const id = builder.open(token.raw.slice(0, at), title);
  if (!addTokens(token.tokens ?? [], builder)) return false;
  builder.close(id, token.raw.slice(at + inner.length));
  return true;
}

const TITLES: Record<'strong' | 'em' | 'del', string> = { strong: 'bold', em: 'italic', del: 'strikethrough' };

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}
