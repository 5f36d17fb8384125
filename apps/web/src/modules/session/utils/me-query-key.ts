/** The react-query key of the signed-in user. */
export const meQueryKey = ['me'] as const;
