import 'fake-indexeddb/auto';
import { openChangeBackend } from './change-backend';
import { OfflineQueueStore } from './offline-queue-store';
import type { NewChange } from './queued-change';

const USER = 'user-1';
const DOCUMENT = 'doc-1';

function change(segmentId: string, text: string, baseVersion: number, overrides: Partial<NewChange> = {}): NewChange {
  return { userId: USER, documentId: DOCUMENT, segmentId, lang: 'ru', text, status: 'translated', baseVersion, ...overrides };
}

/** A store on the (fake) IndexedDB of the page, as a new page would open it. */
function openStore(): OfflineQueueStore {
  return new OfflineQueueStore(openChangeBackend());
}

describe('offline queue store', () => {
  let store: OfflineQueueStore;

  beforeEach(() => {
    indexedDB.deleteDatabase('interlinea-offline');
    store = openStore();
  });

  afterEach(async () => {
    await store.close();
  });

  it('keeps changes in the order they were made', async () => {
    await store.enqueue(change('s3', 'третий', 1));
    await store.enqueue(change('s1', 'первый', 0));
    await store.enqueue(change('s2', 'второй', 4));

    const queue = await store.load(USER, DOCUMENT);
    expect(queue.map((c) => [c.segmentId, c.text, c.baseVersion])).toEqual([
      ['s3', 'третий', 1],
      ['s1', 'первый', 0],
      ['s2', 'второй', 4],
    ]);
  });

  it('collapses two changes of one segment into the last text over the first base version', async () => {
    await store.enqueue(change('s1', 'черновик', 3, { status: 'draft' }));
    await store.enqueue(change('s2', 'другой', 1));
    await store.enqueue(change('s1', 'готово', 4, { status: 'translated' }));

    const queue = await store.load(USER, DOCUMENT);
    expect(queue).toHaveLength(2);
    const s1 = queue.find((c) => c.segmentId === 's1');
    expect(s1).toMatchObject({ text: 'готово', status: 'translated', baseVersion: 3 });
    // the collapsed change goes where its last edit was made
    expect(queue.map((c) => c.segmentId)).toEqual(['s2', 's1']);
  });

  it('keeps changes over closing and opening the store again (a reload, a closed tab)', async () => {
    await store.enqueue(change('s1', 'раз', 2));
    await store.enqueue(change('s2', 'два', 5, { lang: 'de' }));
    await store.close();

    const reopened = openStore();
    expect(reopened.snapshot(USER, DOCUMENT)).toEqual([]);
    const queue = await reopened.load(USER, DOCUMENT);
    expect(queue.map((c) => [c.segmentId, c.lang, c.text, c.baseVersion])).toEqual([
      ['s1', 'ru', 'раз', 2],
      ['s2', 'de', 'два', 5],
    ]);
    expect(reopened.snapshot(USER, DOCUMENT)).toBe(queue);
    store = reopened;
  });

  it('keeps each user and document apart', async () => {
    await store.enqueue(change('s1', 'mine', 0));
    await store.enqueue(change('s1', 'theirs', 0, { userId: 'user-2' }));
    await store.enqueue(change('s1', 'elsewhere', 0, { documentId: 'doc-2' }));

    expect((await store.load(USER, DOCUMENT)).map((c) => c.text)).toEqual(['mine']);
    expect((await store.load('user-2', DOCUMENT)).map((c) => c.text)).toEqual(['theirs']);
  });

  it('settling a sent change drops it, but a newer edit of the segment stays over the version the save made', async () => {
    const sent = await store.enqueue(change('s1', 'first', 2));
    await store.settle(sent, 3);
    expect(await store.load(USER, DOCUMENT)).toEqual([]);

    const again = await store.enqueue(change('s1', 'second', 3));
    await store.enqueue(change('s1', 'third', 3));
    await store.settle(again, 4);
    const [left] = await store.load(USER, DOCUMENT);
    expect(left).toMatchObject({ text: 'third', baseVersion: 4 });
  });

  it('keeps a refused change with its reason until it is edited again', async () => {
    const sent = await store.enqueue(change('s1', 'bad', 1));
    await store.fail(sent, { status: 422, code: 'VALIDATION_FAILED', message: 'text is too long' });
    expect((await store.load(USER, DOCUMENT))[0].error?.message).toBe('text is too long');

    await store.enqueue(change('s1', 'good', 1));
    const [edited] = await store.load(USER, DOCUMENT);
    expect(edited.error).toBeUndefined();
    expect(edited.text).toBe('good');
  });
});
