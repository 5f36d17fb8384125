import * as fs from 'node:fs';
import { DATA_TEMPLATE_ENV } from './workbench-server';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[DATA_TEMPLATE_ENV];
  if (template) fs.rmSync(template, { recursive: true, force: true });
}
