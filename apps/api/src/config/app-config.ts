import * as path from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';

const isProxyAddress = (entry: string) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

const booleanFromEnv = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Environment variables Interlinea reads, validated once at boot. README "Configuration" lists them. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./.data'),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD needs at least 8 characters').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .default(24 * 14),
    COOKIE_SECURE: booleanFromEnv.optional(),
    /** Reverse proxies whose X-Forwarded-For is believed: addresses, CIDR ranges, or loopback/linklocal/uniquelocal. */
    TRUST_PROXY: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .refine((list) => list.every(isProxyAddress), 'list proxy addresses, CIDR ranges or loopback, linklocal, uniquelocal, separated by commas'),
    WEB_DIST: z.string().optional(),
    PUBLIC_URL: z.string().url().optional(),
    DEEPL_AUTH_KEY: z.string().optional(),
    DEEPL_SERVER_URL: z.string().url().optional(),
    DEEPL_MAX_RETRIES: z.coerce.number().int().min(1).max(10).default(5),
    DEEPL_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
    DEEPL_ENGLISH_VARIANT: z.enum(['en-GB', 'en-US']).default('en-GB'),
    MT_BATCH_SIZE: z.coerce.number().int().min(1).max(50).default(50),
    PRETRANSLATION_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(2),
    JOB_LEASE_SECONDS: z.coerce.number().min(1).default(60),
    JOB_SWEEP_SECONDS: z.coerce.number().min(0.2).default(30),
    TM_PENALTY_TMX: z.coerce.number().int().min(0).max(50).default(2),
    TM_PENALTY_MT: z.coerce.number().int().min(0).max(50).default(5),
    TM_PENALTY_ALIGNED: z.coerce.number().int().min(0).max(50).default(3),
    TM_COMPACTION_SECONDS: z.coerce.number().min(0).default(300),
    PARSE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
    PARSE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(8000),
    PARSE_MEMORY_MB: z.coerce.number().int().min(64).default(512),
    MT_SUGGESTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
    MT_SUGGESTION_RETRIES: z.coerce.number().int().min(1).max(5).default(3),
    LIVE_KEEPALIVE_SECONDS: z.coerce.number().min(0.2).default(15),
    PRESENCE_TIMEOUT_SECONDS: z.coerce.number().min(0.5).default(45),
    SOFT_LOCK_IDLE_SECONDS: z.coerce.number().min(0.5).default(120),
  })
  .superRefine((env, ctx) => {
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'set ADMIN_EMAIL and ADMIN_PASSWORD together' });
    }
  });

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  admin: { email: string; password: string } | undefined;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Proxies trusted for X-Forwarded-For (none by default: the client address is the socket's). */
  trustProxy: string[];
  webDist: string;
  publicUrl: string | undefined;
  machineTranslation: MachineTranslationConfig;
  jobs: JobsConfig;
  /** Points taken from memory matches by the unit's origin (human units: none). */
  memoryPenalties: { tmx: number; mt: number; aligned: number };
  /** How often the memory's word index and word counts are compacted (0: only after TMX imports). */
  memoryCompactionSeconds: number;
  /** Uploaded documents are parsed in worker threads: how many at once, and each one's time and heap limits. */
  parsing: { workers: number; timeoutMs: number; memoryMb: number };
  live: LiveConfig;
}

/** The document event streams: keep-alive comments, how long a silent tab stays present, and a soft lock's idle time. */
export interface LiveConfig {
  keepAliveSeconds: number;
  presenceTimeoutSeconds: number;
  lockIdleSeconds: number;
}

/** DeepL: on when DEEPL_AUTH_KEY is set (`:fx` keys go to the free API unless DEEPL_SERVER_URL says otherwise). */
export interface MachineTranslationConfig {
  deeplAuthKey: string | undefined;
  deeplServerUrl: string | undefined;
  /** Attempts per DeepL request; deepl-node backs off exponentially on 429 and 5xx. */
  maxRetries: number;
  timeoutMs: number;
  /** DeepL needs a variant for English targets. */
  englishVariant: 'en-GB' | 'en-US';
  /** Texts per DeepL request in pre-translation (DeepL accepts at most 50). */
  batchSize: number;
  /** Interactive suggestions (one segment, someone waiting): their own short timeout and attempts, not the job's. */
  suggestionTimeoutMs: number;
  suggestionRetries: number;
}

/** Background jobs (pg-boss, schema `pgboss`). A job whose worker stops renewing its lease is resumed elsewhere. */
export interface JobsConfig {
  pretranslationConcurrency: number;
  leaseSeconds: number;
  sweepSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as unset (docker compose passes `VAR=` for unset defaults).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    webDist: path.resolve(e.WEB_DIST ?? path.join(__dirname, '../../../web/dist')),
    publicUrl: e.PUBLIC_URL,
    machineTranslation: {
      deeplAuthKey: e.DEEPL_AUTH_KEY,
      deeplServerUrl: e.DEEPL_SERVER_URL,
      maxRetries: e.DEEPL_MAX_RETRIES,
      timeoutMs: e.DEEPL_TIMEOUT_MS,
      englishVariant: e.DEEPL_ENGLISH_VARIANT,
      batchSize: e.MT_BATCH_SIZE,
      suggestionTimeoutMs: e.MT_SUGGESTION_TIMEOUT_MS,
      suggestionRetries: e.MT_SUGGESTION_RETRIES,
    },
    jobs: { pretranslationConcurrency: e.PRETRANSLATION_CONCURRENCY, leaseSeconds: e.JOB_LEASE_SECONDS, sweepSeconds: e.JOB_SWEEP_SECONDS },
    memoryPenalties: { tmx: e.TM_PENALTY_TMX, mt: e.TM_PENALTY_MT, aligned: e.TM_PENALTY_ALIGNED },
    memoryCompactionSeconds: e.TM_COMPACTION_SECONDS,
    parsing: { workers: e.PARSE_WORKERS, timeoutMs: e.PARSE_TIMEOUT_MS, memoryMb: e.PARSE_MEMORY_MB },
    live: {
      keepAliveSeconds: e.LIVE_KEEPALIVE_SECONDS,
      presenceTimeoutSeconds: e.PRESENCE_TIMEOUT_SECONDS,
      lockIdleSeconds: e.SOFT_LOCK_IDLE_SECONDS,
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
