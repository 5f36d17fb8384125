export { RequireSession } from './components/RequireSession';
export { useLogout } from './hooks/use-logout';
export { meQuery, useMe } from './hooks/use-me';
export { useStartSession } from './hooks/use-start-session';
export { meQueryKey } from './utils/me-query-key';
export { permissionsFor, type ProjectPermissions } from './utils/permissions';
