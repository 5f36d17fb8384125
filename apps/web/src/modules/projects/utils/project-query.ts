import { queryOptions } from '@tanstack/react-query';
import { projectsApi } from '../../../api/projects-api';

/** One project with the user's roles in it (the editor asks it early, before its own code has loaded). */
export const projectQuery = (projectId: string) => queryOptions({ queryKey: ['projects', projectId], queryFn: () => projectsApi.get(projectId) });
