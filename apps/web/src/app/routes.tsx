import type { RouteObject } from 'react-router-dom';
import { InvitePage, LoginPage, SetupPage } from '../modules/auth';
import { ProjectPage } from '../modules/documents';
import { EditorPage } from '../modules/editor';
import { ProjectsPage } from '../modules/projects';
import { RequireSession } from '../modules/session';
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
          { path: '/documents/:documentId/:lang', element: <EditorPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
