import type { RouteObject } from 'react-router-dom';
import { AlignmentReviewPage, AlignmentsPage } from '../modules/alignment';
import { InvitePage, LoginPage, SetupPage } from '../modules/auth';
import { InboxPage } from '../modules/comments';
import { DashboardPage } from '../modules/dashboard';
import { ProjectPage } from '../modules/documents';
import { EditorPage } from '../modules/editor';
import { PublicationsPage } from '../modules/editions';
import { GlossaryPage } from '../modules/glossary';
import { MemoryReviewPage } from '../modules/memory-review';
import { ProjectSettingsPage } from '../modules/project-settings';
import { ProjectsPage } from '../modules/projects';
import { QaReportPage } from '../modules/qa';
import { RequireSession } from '../modules/session';
import { PostEditingPage } from '../modules/statistics';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

/** Every screen of the app; the same table drives the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  { path: '/invite/:token', element: <InvitePage /> },
  {
    element: <RequireSession />,
    children: [
      {
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
