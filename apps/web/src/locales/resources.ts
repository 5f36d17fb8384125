import enCommon from './en/common.json';
import enAuth from './en/auth.json';
import enProjects from './en/projects.json';
import enDocuments from './en/documents.json';
import enMembers from './en/members.json';
import enEditor from './en/editor.json';
import ruCommon from './ru/common.json';
import ruAuth from './ru/auth.json';
import ruProjects from './ru/projects.json';
import ruDocuments from './ru/documents.json';
import ruMembers from './ru/members.json';
import ruEditor from './ru/editor.json';
import deCommon from './de/common.json';
import deAuth from './de/auth.json';
import deProjects from './de/projects.json';
import deDocuments from './de/documents.json';
import deMembers from './de/members.json';
import deEditor from './de/editor.json';

/** Every UI string, per language and per feature namespace. */
export const resources = {
  en: { common: enCommon, auth: enAuth, projects: enProjects, documents: enDocuments, members: enMembers, editor: enEditor },
  ru: { common: ruCommon, auth: ruAuth, projects: ruProjects, documents: ruDocuments, members: ruMembers, editor: ruEditor },
  de: { common: deCommon, auth: deAuth, projects: deProjects, documents: deDocuments, members: deMembers, editor: deEditor },
};
