import type { DocumentSummary, Me, ProjectSummary, SegmentRow, Translation } from '@interlinea/shared';

const PROJECT_ID = '11111111-1111-4111-8111-111111111111';
const DOCUMENT_ID = '22222222-2222-4222-8222-222222222222';

/** Test data shaped exactly like the API's contracts. */
export const fixtures = {
  projectId: PROJECT_ID,
  documentId: DOCUMENT_ID,
  me(overrides: Partial<Me> = {}): Me {
    return {
      id: '33333333-3333-4333-8333-333333333333',
      email: 'anna@example.org',
      displayName: 'Anna',
      uiLanguage: 'en',
      isAdmin: false,
      roles: [
        { projectId: PROJECT_ID, role: 'translator', language: 'ru' },
        { projectId: PROJECT_ID, role: 'reviewer', language: 'ru' },
      ],
      ...overrides,
    };
  },
  project(overrides: Partial<ProjectSummary> = {}): ProjectSummary {
    return {
      id: PROJECT_ID,
      name: 'Leaflets 1992',
      sourceLanguage: 'en',
      targetLanguages: ['ru', 'de'],
      createdAt: '2025-01-10T10:00:00.000Z',
      documentCount: 1,
      myRoles: [
        { projectId: PROJECT_ID, role: 'translator', language: 'ru' },
        { projectId: PROJECT_ID, role: 'reviewer', language: 'ru' },
      ],
      progress: [],
      ...overrides,
    };
  },
  document(segmentCount: number): DocumentSummary {
    return {
      id: DOCUMENT_ID,
      projectId: PROJECT_ID,
      title: 'Workers’ power',
      format: 'txt',
      segmentCount,
      wordCount: segmentCount * 6,
      createdAt: '2025-01-10T10:00:00.000Z',
      progress: [],
    };
  },
  translation(overrides: Partial<Translation> = {}): Translation {
    return {
      text: 'Перевод',
      status: 'translated',
      origin: 'human',
      version: 1,
      authorName: 'Anna',
      updatedAt: '2025-01-11T09:30:00.000Z',
      reviewComment: null,
      ...overrides,
    };
  },
  /** `count` segments; ids are valid UUIDs that encode the index. */
  segments(count: number): SegmentRow[] {
    return Array.from({ length: count }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      index,
      blockIndex: index,
      source: `Source sentence number ${index + 1}.`,
      wordCount: 4,
      translatable: true,
      translation: null,
      codes: [],
      openComments: 0,
    }));
  },
};
