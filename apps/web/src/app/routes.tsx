import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../modules/session';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import {
  AlignmentReviewPage,
  AlignmentsPage,
  DashboardPage,
  EditorPage,
  GlossaryPage,
  InboxPage,
  InvitePage,
  LoginPage,
  MemoryReviewPage,
  Page,
  PostEditingPage,
  ProjectPage,
  ProjectSettingsPage,
  ProjectsPage,
  PublicationsPage,
  QaReportPage,
  SetupPage,
} from './pages';

/** Every screen of the app; the same table drives the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Page>
        <LoginPage />
      </Page>
    ),
  },
  {
    path: '/setup',
    element: (
      <Page>
        <SetupPage />
      </Page>
    ),
  },
  {
    path: '/invite/:token',
    element: (
      <Page>
        <InvitePage />
      </Page>
    ),
  },
  {
    element: <RequireSession />,
    children: [
      {
        // each screen's code loads with it (see ./pages): "Loading…" under the header meanwhile
        element: <AppShell />,
        children: [
          { path: '/', element: <ProjectsPage /> },
          { path: '/projects/:projectId', element: <ProjectPage /> },
          { path: '/projects/:projectId/glossary', element: <GlossaryPage /> },
          { path: '/projects/:projectId/memory', element: <MemoryReviewPage /> },
          { path: '/memory', element: <MemoryReviewPage shared /> },
          { path: '/projects/:projectId/statistics', element: <PostEditingPage /> },
          { path: '/projects/:projectId/dashboard', element: <DashboardPage /> },
          { path: '/projects/:projectId/settings', element: <ProjectSettingsPage /> },
          { path: '/projects/:projectId/alignments', element: <AlignmentsPage /> },
          { path: '/alignments/:alignmentId', element: <AlignmentReviewPage /> },
          { path: '/documents/:documentId/publications', element: <PublicationsPage /> },
          { path: '/documents/:documentId/:lang', element: <EditorPage /> },
          { path: '/inbox', element: <InboxPage /> },
          { path: '/documents/:documentId/:lang/qa', element: <QaReportPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
