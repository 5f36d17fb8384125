import { z } from 'zod';

/** The most segments one page of `GET /api/documents/:id/segments` answers. */
export const SEGMENT_PAGE_MAX = 2000;

const wholeNumber = z.string().regex(/^\d{1,9}$/, 'must be a whole number, 0 or more');

/**
 * Paging of an edition's segment list: `?lang=de&offset=0&limit=200` answers the segments at
 * positions offset … offset+limit-1 (in document order), with the total in the `X-Total-Count`
 * header. Without offset and limit the whole list comes, as it always did.
 */
export const segmentPageQuerySchema = z.object({
  offset: wholeNumber.transform(Number).optional(),
  limit: wholeNumber
    .transform(Number)
    .refine((n) => n >= 1 && n <= SEGMENT_PAGE_MAX, `must be between 1 and ${SEGMENT_PAGE_MAX}`)
    .optional(),
});
export type SegmentPageQuery = z.infer<typeof segmentPageQuerySchema>;

/** The response header with the number of segments in the whole list. */
export const SEGMENT_TOTAL_HEADER = 'X-Total-Count';
