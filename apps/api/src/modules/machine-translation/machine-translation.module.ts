import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { GlossaryModule } from '../glossary/glossary.module';
import { ProjectsModule } from '../projects/projects.module';
import { MachineTranslationController } from './machine-translation.controller';
import { MachineTranslationRepository } from './machine-translation.repository';
import { MachineTranslationService } from './machine-translation.service';
import { MachineTranslator } from './machine-translator';
import { MtCacheRepository } from './mt-cache.repository';
import { PostEditingModule } from './post-editing/post-editing.module';
import { DeeplProvider } from './provider/deepl.provider';
import { MT_PROVIDER } from './provider/translation-provider';

/** DeepL when DEEPL_AUTH_KEY is set; otherwise no provider, and every MT feature says how to turn it on. */
const providerFactory = {
  provide: MT_PROVIDER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const mt = config.machineTranslation;
    if (!mt.deeplAuthKey) {
      new Logger('MachineTranslation').log('DEEPL_AUTH_KEY is not set: machine translation is off');
      return null;
    }
    return new DeeplProvider({ ...mt, deeplAuthKey: mt.deeplAuthKey });
  },
};

@Module({
  imports: [ProjectsModule, GlossaryModule, PostEditingModule],
  controllers: [MachineTranslationController],
  providers: [providerFactory, MachineTranslator, MachineTranslationService, MachineTranslationRepository, MtCacheRepository],
  exports: [MachineTranslator, MachineTranslationRepository],
})
export class MachineTranslationModule {}
