import { Module } from '@nestjs/common';
import { PreferencesController } from './preferences.controller';
import { PreferencesRepository } from './preferences.repository';
import { PreferencesService } from './preferences.service';

/** `GET/PUT /api/me/preferences`: the workbench as a person set it up (the grid's editions per project). */
@Module({ controllers: [PreferencesController], providers: [PreferencesService, PreferencesRepository] })
export class PreferencesModule {}
