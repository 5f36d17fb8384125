import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One SRX rule as written: Java regular expressions before and after a possible break. */
export interface SrxRuleSource {
  breaks: boolean;
  beforeBreak: string;
  afterBreak: string;
}

export interface SrxLanguageRuleSource {
  name: string;
  rules: SrxRuleSource[];
}

export interface SrxLanguageMapSource {
  /** Java regex the whole language code must match (`EN.*`, `(de|DE).*`). */
  languagePattern: string;
  languageRuleName: string;
}

/** The parts of an SRX 2.0 document that matter for plain-text segmentation. */
export interface SrxDocument {
  cascade: boolean;
  languageRules: SrxLanguageRuleSource[];
  languageMaps: SrxLanguageMapSource[];
}

export class SrxFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SrxFormatError';
  }
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  trimValues: false, // a space in a rule is part of the pattern
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true, // numeric character references (&#160;)
  isArray: (name) => name === 'languagerule' || name === 'rule' || name === 'languagemap',
});

export function parseSrxDocument(xml: string): SrxDocument {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SrxFormatError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const srx = (parser.parse(xml) as XmlNode).srx as XmlNode | undefined;
  if (srx === undefined) throw new SrxFormatError('no <srx> root element');
  const header = asNode(srx.header);
  const body = asNode(srx.body);
  const languageRules = asList(asNode(body.languagerules).languagerule).map((node) => ({
    name: attribute(node, 'languagerulename'),
    rules: asList(node.rule).map((rule) => ({
      breaks: (rule['@break'] ?? 'yes') !== 'no',
      beforeBreak: text(rule.beforebreak),
      afterBreak: text(rule.afterbreak),
    })),
  }));
  const languageMaps = asList(asNode(body.maprules).languagemap).map((node) => ({
    languagePattern: attribute(node, 'languagepattern'),
    languageRuleName: attribute(node, 'languagerulename'),
  }));
  if (languageRules.length === 0) throw new SrxFormatError('no <languagerule> in <languagerules>');
  return { cascade: header['@cascade'] === 'yes', languageRules, languageMaps };
}

function asNode(value: unknown): XmlNode {
  return typeof value === 'object' && value !== null ? (value as XmlNode) : {};
}

function asList(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.map(asNode) : [];
}

function attribute(node: XmlNode, name: string): string {
  const value = node[`@${name}`];
  if (typeof value !== 'string') throw new SrxFormatError(`missing attribute ${name}`);
  return value;
}

/** Element text; an element with attributes or comments keeps its text under `#text`. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  const inner = asNode(value)['#text'];
  return typeof inner === 'string' ? inner : '';
}
