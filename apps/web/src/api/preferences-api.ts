import { userPreferencesSchema, type UserPreferences } from '@interlinea/shared';
import { http } from './http';

/** The signed-in person's own preferences (the grid's editions per project). */
export const preferencesApi = {
  get: (signal?: AbortSignal): Promise<UserPreferences> => http.json('/api/me/preferences', userPreferencesSchema, { signal }),
  put: (preferences: UserPreferences): Promise<UserPreferences> =>
    http.json('/api/me/preferences', userPreferencesSchema, { method: 'PUT', body: preferences }),
};
