import { TranslationState } from '../lib/document';
import { attribute, XmlElement } from '../lib/xml-tree';

/**
 * How XLIFF states map to the workbench's translation statuses, both ways.
 *
 * Import, XLIFF 1.2 (`approved` on <trans-unit>, `state` and `state-qualifier` on <target>):
 *   no target, or an empty one                                  → null (untranslated)
 *   state-qualifier="rejected-…" (grammar, inaccurate, length, spelling) → rejected
 *   approved="yes", state="signed-off" or "final"               → approved
 *   state="translated", or no state at all                      → translated
 *   state="new", "needs-translation", "needs-adaptation", "needs-l10n",
 *   "needs-review-…" and any "x-…" state                        → draft
 * Import, XLIFF 2.0 (`state` and `subState` on <segment>):
 *   no target, or an empty one                                  → null
 *   subState="…:rejected" (we write "interlinea:rejected")      → rejected
 *   state="final" or "reviewed"                                 → approved
 *   state="translated"                                          → translated
 *   state="initial", or no state (initial is the default)       → draft
 * Export: draft → 1.2 state="needs-review-translation" / 2.0 state="initial";
 *   translated → state="translated"; approved → 1.2 approved="yes" + state="signed-off" / 2.0 state="final";
 *   rejected → 1.2 state="needs-review-translation" state-qualifier="rejected-inaccurate" /
 *   2.0 state="initial" subState="interlinea:rejected"; null → 1.2 state="new" (if there is a target) / 2.0 no state.
 * So an exported file re-imports with the statuses it was written with.
 */
export function stateOf12(unit: XmlElement, target: XmlElement | null, targetText: string | null): TranslationState | null {
  if (!target || !targetText) return null;
  const state = attribute(target, 'state');
  if (attribute(target, 'state-qualifier')?.startsWith('rejected-')) return 'rejected';
  if (attribute(unit, 'approved') === 'yes' || state === 'signed-off' || state === 'final') return 'approved';
  if (state === undefined || state === 'translated') return 'translated';
  return 'draft';
}

/**
 * Whether a 1.2 unit's target is marked as translated: approved="yes", or state translated, final or
 * signed-off. A target without a state may be a copy of the source made to fill it (as OmegaT needs).
 */
export function markedTranslated12(unit: XmlElement, target: XmlElement | null): boolean {
  const state = target ? attribute(target, 'state') : undefined;
  return attribute(unit, 'approved') === 'yes' || state === 'translated' || state === 'final' || state === 'signed-off';
}

/** Whether a 2.0 segment's target is marked as translated: state translated, reviewed or final. */
export function markedTranslated20(segment: XmlElement): boolean {
  const state = attribute(segment, 'state');
  return state === 'translated' || state === 'reviewed' || state === 'final';
}

export function stateOf20(segment: XmlElement, targetText: string | null): TranslationState | null {
  if (!targetText) return null;
  const state = attribute(segment, 'state');
  if (attribute(segment, 'subState')?.endsWith(':rejected')) return 'rejected';
  if (state === 'final' || state === 'reviewed') return 'approved';
  if (state === 'translated') return 'translated';
  return 'draft';
}

/** Attributes to write for a status: on the 1.2 <trans-unit> and <target>, or on the 2.0 <segment>. */
export function stateAttributes12(status: TranslationState | null): { unit: Record<string, string>; target: Record<string, string> } {
  switch (status) {
    case 'approved':
      return { unit: { approved: 'yes' }, target: { state: 'signed-off' } };
    case 'translated':
      return { unit: {}, target: { state: 'translated' } };
    case 'rejected':
      return { unit: {}, target: { state: 'needs-review-translation', 'state-qualifier': 'rejected-inaccurate' } };
    case 'draft':
      return { unit: {}, target: { state: 'needs-review-translation' } };
    default:
      return { unit: {}, target: { state: 'new' } };
  }
}

export function stateAttributes20(status: TranslationState | null, hasTarget: boolean): Record<string, string> {
  if (!hasTarget) return {};
  switch (status) {
    case 'approved':
      return { state: 'final' };
    case 'translated':
      return { state: 'translated' };
    case 'rejected':
      return { state: 'initial', subState: 'interlinea:rejected' };
    case 'draft':
      return { state: 'initial' };
    default:
      return {};
  }
}
