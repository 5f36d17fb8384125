import { SentenceSpan } from '../sentences/segmentation-language';
import { trimRange } from '../sentences/text-blocks';
import { translateJavaRegex } from './java-regex';
import { parseSrxDocument, SrxDocument, SrxRuleSource } from './srx-document';

/** A rule that could not be used or only approximately, with the reason. */
export interface SrxRuleProblem {
  languageRule: string;
  /** Position of the rule inside its language rule, from 0. */
  ruleIndex: number;
  pattern: string;
  severity: 'skipped' | 'approximated';
  reason: string;
}

interface CompiledRule {
  breaks: boolean;
  /** Sticky: does the rule match at `lastIndex`? */
  at: RegExp;
  /** Global: every position where the rule matches. */
  everywhere: RegExp;
}

/**
 * SRX 2.0 segmentation rules. `SrxRules.parse(xml)` reads a document; `split(text, languageCode)`
 * applies the rules of the language maps that match the code (all of them when the document
 * cascades, else the first). At each position the first rule whose before-break pattern ends
 * there and whose after-break pattern starts there decides: break or no break.
 */
export class SrxRules {
  private readonly compiled = new Map<string, CompiledRule[]>();
  private readonly rulesForLanguage = new Map<string, CompiledRule[]>();
  private readonly maps: { pattern: RegExp; languageRuleName: string }[];

  private constructor(
    private readonly document: SrxDocument,
    /** Rules skipped because their regex has no JavaScript translation, or approximated. */
    readonly problems: SrxRuleProblem[],
  ) {
    for (const languageRule of document.languageRules) {
      const rules: CompiledRule[] = [];
      languageRule.rules.forEach((rule, ruleIndex) => {
        const compiled = this.compileRule(rule, languageRule.name, ruleIndex);
        if (compiled !== null) rules.push(compiled);
      });
      this.compiled.set(languageRule.name, [...(this.compiled.get(languageRule.name) ?? []), ...rules]);
    }
    this.maps = document.languageMaps.map((map) => ({
      pattern: new RegExp(`^(?:${translateJavaRegex(map.languagePattern).source})$`, 'iu'),
      languageRuleName: map.languageRuleName,
    }));
  }

  static parse(xml: string): SrxRules {
    return new SrxRules(parseSrxDocument(xml), []);
  }

  get cascade(): boolean {
    return this.document.cascade;
  }

  get languageRuleNames(): string[] {
    return [...this.compiled.keys()];
  }

  /** Names of the language rules applied to a language code (BCP 47: case does not matter), in order. */
  languageRulesFor(languageCode: string): string[] {
    const names = this.maps.filter((map) => map.pattern.test(languageCode)).map((map) => map.languageRuleName);
    return this.cascade ? names : names.slice(0, 1);
  }

  /** Positions after which a segment ends (0 < position < text.length), ascending. */
  breakPositions(text: string, languageCode: string): number[] {
    const rules = this.rulesFor(languageCode);
    const candidates = new Set<number>();
    for (const rule of rules) {
      if (!rule.breaks) continue;
      rule.everywhere.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = rule.everywhere.exec(text)) !== null) {
        if (match.index > 0 && match.index < text.length) candidates.add(match.index);
        rule.everywhere.lastIndex = match.index + 1;
      }
    }
    return [...candidates].sort((a, b) => a - b).filter((position) => this.decides(rules, text, position));
  }

  split(text: string, languageCode: string): SentenceSpan[] {
    const spans: SentenceSpan[] = [];
    let from = 0;
    for (const end of [...this.breakPositions(text, languageCode), text.length]) {
      const trimmed = trimRange(text, from, end);
      if (trimmed !== null) spans.push({ start: trimmed.start, end: trimmed.end, text: text.slice(trimmed.start, trimmed.end) });
      from = end;
    }
    return spans;
  }

  private decides(rules: CompiledRule[], text: string, position: number): boolean {
    for (const rule of rules) {
      rule.at.lastIndex = position;
      if (rule.at.test(text)) return rule.breaks;
    }
    return false;
  }

  private rulesFor(languageCode: string): CompiledRule[] {
    let rules = this.rulesForLanguage.get(languageCode);
    if (rules === undefined) {
      rules = this.languageRulesFor(languageCode).flatMap((name) => this.compiled.get(name) ?? []);
      this.rulesForLanguage.set(languageCode, rules);
    }
    return rules;
  }

  private compileRule(rule: SrxRuleSource, languageRule: string, ruleIndex: number): CompiledRule | null {
    const pattern = `${rule.beforeBreak} ⁞ ${rule.afterBreak}`;
    try {
      const before = translateJavaRegex(rule.beforeBreak);
      const after = translateJavaRegex(rule.afterBreak);
      const source = `${before.source ? `(?<=${before.source})` : ''}${after.source ? `(?=${after.source})` : ''}`;
      const compiled = { breaks: rule.breaks, at: new RegExp(source, 'uy'), everywhere: new RegExp(source, 'ug') };
      for (const reason of new Set([...before.approximations, ...after.approximations])) {
        this.problems.push({ languageRule, ruleIndex, pattern, severity: 'approximated', reason });
      }
      return compiled;
    } catch (error) {
      this.problems.push({ languageRule, ruleIndex, pattern, severity: 'skipped', reason: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }
}
