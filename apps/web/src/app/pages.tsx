import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../modules/ui';

// Every screen's code loads with the screen (route-level code splitting): the editor does not wait
// for the dashboard's chart library, the alignment grid or the memory review to download and parse.

/** The editor's code; also asked for early, beside its first data, when the app starts on an editor address. */
export const loadEditor = () => import('../modules/editor');

export const EditorPage = lazy(() => loadEditor().then((m) => ({ default: m.EditorPage })));
export const LoginPage = lazy(() => import('../modules/auth').then((m) => ({ default: m.LoginPage })));
export const SetupPage = lazy(() => import('../modules/auth').then((m) => ({ default: m.SetupPage })));
export const InvitePage = lazy(() => import('../modules/auth').then((m) => ({ default: m.InvitePage })));
export const AlignmentsPage = lazy(() => import('../modules/alignment').then((m) => ({ default: m.AlignmentsPage })));
export const AlignmentReviewPage = lazy(() => import('../modules/alignment').then((m) => ({ default: m.AlignmentReviewPage })));
export const InboxPage = lazy(() => import('../modules/comments').then((m) => ({ default: m.InboxPage })));
export const DashboardPage = lazy(() => import('../modules/dashboard').then((m) => ({ default: m.DashboardPage })));
export const ProjectPage = lazy(() => import('../modules/documents').then((m) => ({ default: m.ProjectPage })));
export const PublicationsPage = lazy(() => import('../modules/editions').then((m) => ({ default: m.PublicationsPage })));
export const GlossaryPage = lazy(() => import('../modules/glossary').then((m) => ({ default: m.GlossaryPage })));
export const MemoryReviewPage = lazy(() => import('../modules/memory-review').then((m) => ({ default: m.MemoryReviewPage })));
export const ProjectSettingsPage = lazy(() => import('../modules/project-settings').then((m) => ({ default: m.ProjectSettingsPage })));
export const ProjectsPage = lazy(() => import('../modules/projects').then((m) => ({ default: m.ProjectsPage })));
export const QaReportPage = lazy(() => import('../modules/qa').then((m) => ({ default: m.QaReportPage })));
export const PostEditingPage = lazy(() => import('../modules/statistics').then((m) => ({ default: m.PostEditingPage })));

/** A screen whose code may still be loading: a quiet "Loading…" meanwhile. */
export function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
