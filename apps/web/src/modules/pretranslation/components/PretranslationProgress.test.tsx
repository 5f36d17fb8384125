import type { JobStatus } from '@interlinea/shared';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/create-query-client';
import { createI18n } from '../../../app/i18n';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { PretranslationProgress } from './PretranslationProgress';

const JOB_ID = '44444444-4444-4444-8444-444444444444';

function job(overrides: Partial<JobStatus>): JobStatus {
  return {
    id: JOB_ID,
    kind: 'pretranslate',
    state: 'running',
    done: 0,
    total: 40,
    failed: 0,
    fromMemory: 0,
    fromMt: 0,
    skipped: 0,
    message: null,
    createdAt: '2025-01-11T09:30:00.000Z',
    updatedAt: '2025-01-11T09:30:00.000Z',
    ...overrides,
  };
}

/** A stand-in for the browser's EventSource that the test drives. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  close(): void {
    this.closed = true;
  }
  emit(status: JobStatus): void {
    act(() => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(status) })));
  }
  fail(): void {
    act(() => this.onerror?.());
  }
}

function renderProgress(onFinished = jest.fn()) {
  render(
    <AppProviders queryClient={createQueryClient()} i18n={createI18n('en')}>
      <PretranslationProgress jobId={JOB_ID} onDismiss={() => undefined} onFinished={onFinished} />
    </AppProviders>,
  );
  return onFinished;
}

describe('the pre-translation progress bar', () => {
  let api: ReturnType<typeof mockApi>;
  beforeEach(() => {
    Object.assign(window, { EventSource: FakeEventSource });
  });
  afterEach(() => {
    cleanup();
    api.restore();
    Reflect.deleteProperty(window, 'EventSource');
    jest.useRealTimers();
  });

  it('moves with the server-sent events and shows memory / MT counts, the message and the end', async () => {
    api = mockApi({ [`GET /api/jobs/${JOB_ID}`]: () => jsonResponse(200, job({ state: 'queued' })) });
    const onFinished = renderProgress();
    const bar = await screen.findByTestId('pretranslate-progress');
    await waitFor(() => expect(bar).toHaveAttribute('data-state', 'queued'));
    const events = FakeEventSource.last!;
    expect(events.url).toBe(`/api/jobs/${JOB_ID}/events`);

    events.emit(job({ done: 10, fromMemory: 4, fromMt: 6, message: 'Translating batch 2 of 4' }));
    expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-done', '10');
    expect(screen.getByRole('progressbar', { name: 'Pre-translation progress' })).toHaveAttribute('aria-valuenow', '10');
    expect(screen.getByText('10 / 40 segments (25 %)')).toBeInTheDocument();
    expect(screen.getByTestId('pretranslate-from-memory')).toHaveTextContent('4 from memory');
    expect(screen.getByTestId('pretranslate-from-mt')).toHaveTextContent('6 by MT');
    expect(screen.getByTestId('pretranslate-message')).toHaveTextContent('Translating batch 2 of 4');
    expect(screen.getByTestId('pretranslate-cancel')).toBeInTheDocument();

    events.emit(job({ state: 'completed', done: 40, fromMemory: 4, fromMt: 36 }));
    expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-state', 'completed');
    expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-done', '40');
    expect(screen.queryByTestId('pretranslate-cancel')).not.toBeInTheDocument();
    expect(events.closed).toBe(true);
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it('falls back to polling when the event stream breaks, and resumes a paused job', async () => {
    let answer = job({ done: 5 });
    api = mockApi({
      [`GET /api/jobs/${JOB_ID}`]: () => jsonResponse(200, answer),
      [`POST /api/jobs/${JOB_ID}/resume`]: () => jsonResponse(200, (answer = job({ done: 20, state: 'running' }))),
    });
    renderProgress();
    await waitFor(() => expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-done', '5'));
    FakeEventSource.last!.fail();
    expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-via', 'polling');

    answer = job({ done: 12, state: 'paused', message: 'DeepL quota exceeded' });
    await waitFor(() => expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-state', 'paused'), { timeout: 4000 });
    expect(screen.getByTestId('pretranslate-message')).toHaveTextContent('DeepL quota exceeded');
    await userEvent.click(screen.getByTestId('pretranslate-resume'));
    await waitFor(() => expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-done', '20'));
    expect(screen.getByTestId('pretranslate-progress')).toHaveAttribute('data-state', 'running');
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/jobs/${JOB_ID}/resume`]);
  });
});
