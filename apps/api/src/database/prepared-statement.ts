/**
 * A statement PostgreSQL keeps prepared on each pooled connection under `name`: parsed once per
 * connection, and after a few runs planned once too, instead of on every call. For the statements of
 * the busiest paths (a save, a soft lock, an access check), whose planning costs as much as their
 * execution. Use it as the text of `manager.query(prepared(…), params)`: TypeORM hands it to
 * node-postgres as it is, and node-postgres prepares statements given as `{ name, text }`. A new
 * object each call (node-postgres writes the values into it). `name` must be unique per text.
 */
export function prepared(name: string, text: string): string {
  return { name, text } as unknown as string;
}
