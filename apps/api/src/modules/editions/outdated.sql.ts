/**
 * Whether a translation is outdated, in SQL, for the queries that list or count translations: `t` is
 * the translation of segment `s`, and `PIVOT_OF_T` joins (as `pv`) the translation of the edition it
 * was made from, when that is a pivot (the source has no translation rows, so `pv` is then null).
 *
 * A translation is outdated when the source changed after it was made (whether it was made from the
 * source or through a pivot: `t.source_version` is the source version it was made against), or when
 * the pivot's text changed after the pivot version it was made from. Two integer comparisons per
 * row over an indexed join: the 10,000-segment list stays fast.
 */
export const PIVOT_OF_T = `LEFT JOIN translation pv ON pv.segment_id = t.segment_id AND pv.language = t.from_language`;

export const T_IS_OUTDATED = `coalesce(t.text <> '' AND (t.source_version < s.source_version OR pv.text_version > t.from_version), false)`;
