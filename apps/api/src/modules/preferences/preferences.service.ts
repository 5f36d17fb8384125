import { Injectable } from '@nestjs/common';
import { userPreferencesSchema, type UserPreferences } from '@interlinea/shared';
import { PreferencesRepository } from './preferences.repository';

/** A person's own preferences: only they read and write them, so no project role is involved. */
@Injectable()
export class PreferencesService {
  constructor(private readonly preferences: PreferencesRepository) {}

  async get(userId: string): Promise<UserPreferences> {
    // stored by an older version, or never: what still fits the contract, else the defaults
    const parsed = userPreferencesSchema.safeParse((await this.preferences.find(userId)) ?? {});
    return parsed.success ? parsed.data : userPreferencesSchema.parse({});
  }

  async replace(userId: string, preferences: UserPreferences): Promise<UserPreferences> {
    await this.preferences.save(userId, preferences);
    return preferences;
  }
}
