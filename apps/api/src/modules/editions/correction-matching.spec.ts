import { matchCorrection, similarity } from './correction-matching';

const old = (...texts: string[]) => texts.map((source, index) => ({ id: `s${index}`, index, source }));
const corrected = (...texts: string[]) => texts.map((source, index) => ({ index, source }));

describe('matching a corrected original to the old segments', () => {
  it('keeps identical sentences, pairs a changed one in its place, and finds new and removed ones', () => {
    const pairs = matchCorrection(
      old('Strike today.', 'The union meets at nine.', 'Bring your card.', 'Thank you.'),
      corrected('Strike today.', 'The union meets at ten.', 'Coffee is served.', 'Thank you.'),
    );
    expect(pairs.map((p) => [p.kind, p.segmentId, p.newIndex])).toEqual([
      ['unchanged', 's0', 0],
      ['changed', 's1', 1],
      ['new', null, 2],
      ['removed', 's2', null],
      ['unchanged', 's3', 3],
    ]);
    expect(pairs[1].similarity).toBeGreaterThan(0.7);
  });

  it('prefers identical text over position when sentences move', () => {
    const pairs = matchCorrection(old('One.', 'Two words here.', 'Three.'), corrected('Two words here.', 'One.', 'Three.'));
    const kept = pairs.filter((p) => p.kind === 'unchanged').map((p) => p.segmentId);
    expect(kept).toContain('s2');
    expect(kept.length).toBe(2);
    expect(pairs.filter((p) => p.kind === 'changed')).toEqual([]);
  });

  it('does not pair unrelated sentences in the same place', () => {
    const pairs = matchCorrection(old('A.', 'Completely different words.', 'C.'), corrected('A.', 'Nothing alike at all.', 'C.'));
    expect(pairs.map((p) => p.kind)).toEqual(['unchanged', 'new', 'removed', 'unchanged']);
    expect(similarity('the union meets at nine', 'the union meets at ten')).toBeCloseTo(0.8);
  });
});
