import { z } from 'zod';
import { saveTranslationRequestSchema, segmentRowSchema, translationSchema } from '@interlinea/shared';
import { ContractSchemas, refsIn } from './contract-schemas';

describe('ContractSchemas', () => {
  const shared = new ContractSchemas();

  it('names every exported contract after its type and refers to it', () => {
    expect(shared.schemaOf(saveTranslationRequestSchema, 'input')).toEqual({ $ref: '#/components/schemas/SaveTranslationRequest' });
    expect(shared.nameOf(translationSchema, 'output')).toBe('Translation');
    expect(shared.nameOf(z.string(), 'output')).toBeUndefined();
  });

  it('writes other schemas out, with $refs to the contracts inside them', () => {
    const json = shared.schemaOf(z.array(segmentRowSchema), 'output');
    expect(json).toEqual({ type: 'array', items: { $ref: '#/components/schemas/SegmentRow' } });
    expect(JSON.stringify(shared.schemaOf(z.object({ rows: z.array(translationSchema) }), 'output'))).not.toMatch(/definitions|\$defs/);
  });

  it('follows $refs through components, and keeps only those', () => {
    const components = shared.componentsFor(refsIn(shared.schemaOf(segmentRowSchema, 'output')));
    expect(Object.keys(components).sort()).toEqual(['InlineCodeInfo', 'Language', 'SegmentRow', 'Translation', 'TranslationOrigin', 'TranslationStatus']);
    expect(components.SegmentRow.properties).toHaveProperty('translation');
  });

  it('leaves out the noise: safe-integer bounds, UUID patterns, additionalProperties, $id', () => {
    const row = shared.inline(segmentRowSchema, 'output');
    expect(row).not.toHaveProperty('$id');
    expect(row).not.toHaveProperty('additionalProperties');
    expect(row.properties).toMatchObject({ id: { type: 'string', format: 'uuid' }, index: { type: 'integer' } });
    expect(JSON.stringify(row)).not.toMatch(/pattern|9007199254740991/);
  });

  it('gives a contract whose input differs (defaults) a second component, and so the contracts holding it', () => {
    const item = z.object({ tags: z.array(z.string()).default([]) });
    const fixed = z.object({ id: z.string() });
    const schemas = new ContractSchemas({ itemSchema: item, listSchema: z.object({ items: z.array(item), fixed }), fixedSchema: fixed });
    expect(schemas.nameOf(item, 'input')).toBe('ItemInput');
    expect(schemas.nameOf(fixed, 'input')).toBe('Fixed');
    expect(schemas.inline(item, 'output')).toMatchObject({ required: ['tags'] });
    expect(schemas.inline(item, 'input')).not.toHaveProperty('required');
    const listInput = schemas.componentsFor(['#/components/schemas/ListInput']);
    expect(Object.keys(listInput).sort()).toEqual(['Fixed', 'ItemInput', 'ListInput']);
  });
});
