import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { userPreferencesSchema, type UserPreferences } from '@interlinea/shared';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { PreferencesService } from './preferences.service';

@ApiTags('preferences')
@Controller('me/preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @ApiContract({ response: userPreferencesSchema })
  @Get()
  get(@CurrentUser() user: SessionUser): Promise<UserPreferences> {
    return this.preferences.get(user.id);
  }

  @ApiContract({ response: userPreferencesSchema })
  @Put()
  replace(@CurrentUser() user: SessionUser, @Body(new ZodValidationPipe(userPreferencesSchema)) body: UserPreferences): Promise<UserPreferences> {
    return this.preferences.replace(user.id, body);
  }
}
