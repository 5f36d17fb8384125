import enCommon from './en/common.json';
import enAuth from './en/auth.json';
import enProjects from './en/projects.json';
import enDocuments from './en/documents.json';
import enMembers from './en/members.json';
import enEditor from './en/editor.json';
import enMachinery from './en/machinery.json';
import enMemory from './en/memory.json';
import enGlossary from './en/glossary.json';
import enPretranslation from './en/pretranslation.json';
import enStatistics from './en/statistics.json';
import enSettings from './en/settings.json';
import enComments from './en/comments.json';
import enFiles from './en/files.json';
import enReview from './en/review.json';
import enFurniture from './en/furniture.json';
import enQa from './en/qa.json';
import enAlignment from './en/alignment.json';
import enMemoryReview from './en/memoryReview.json';
import enPublishing from './en/publishing.json';
import enDashboard from './en/dashboard.json';
import enEditions from './en/editions.json';
import enOffline from './en/offline.json';
import enLive from './en/live.json';
import enGrid from './en/grid.json';
import ruCommon from './ru/common.json';
import ruAuth from './ru/auth.json';
import ruProjects from './ru/projects.json';
import ruDocuments from './ru/documents.json';
import ruMembers from './ru/members.json';
import ruEditor from './ru/editor.json';
import ruMachinery from './ru/machinery.json';
import ruMemory from './ru/memory.json';
import ruGlossary from './ru/glossary.json';
import ruPretranslation from './ru/pretranslation.json';
import ruStatistics from './ru/statistics.json';
import ruSettings from './ru/settings.json';
import ruComments from './ru/comments.json';
import ruFiles from './ru/files.json';
import ruReview from './ru/review.json';
import ruFurniture from './ru/furniture.json';
import ruQa from './ru/qa.json';
import ruAlignment from './ru/alignment.json';
import ruMemoryReview from './ru/memoryReview.json';
import ruPublishing from './ru/publishing.json';
import ruDashboard from './ru/dashboard.json';
import ruEditions from './ru/editions.json';
import ruOffline from './ru/offline.json';
import ruLive from './ru/live.json';
import ruGrid from './ru/grid.json';
import deCommon from './de/common.json';
import deAuth from './de/auth.json';
import deProjects from './de/projects.json';
import deDocuments from './de/documents.json';
import deMembers from './de/members.json';
import deEditor from './de/editor.json';
import deMachinery from './de/machinery.json';
import deMemory from './de/memory.json';
import deGlossary from './de/glossary.json';
import dePretranslation from './de/pretranslation.json';
import deStatistics from './de/statistics.json';
import deSettings from './de/settings.json';
import deComments from './de/comments.json';
import deFiles from './de/files.json';
import deReview from './de/review.json';
import deFurniture from './de/furniture.json';
import deQa from './de/qa.json';
import deAlignment from './de/alignment.json';
import deMemoryReview from './de/memoryReview.json';
import dePublishing from './de/publishing.json';
import deDashboard from './de/dashboard.json';
import deEditions from './de/editions.json';
import deOffline from './de/offline.json';
import deLive from './de/live.json';
import deGrid from './de/grid.json';

/** Every UI string, per language and per feature namespace. */
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    projects: enProjects,
    documents: enDocuments,
    members: enMembers,
    editor: enEditor,
    machinery: enMachinery,
    memory: enMemory,
    glossary: enGlossary,
    pretranslation: enPretranslation,
    statistics: enStatistics,
    settings: enSettings,
    comments: enComments,
    files: enFiles,
    review: enReview,
    furniture: enFurniture,
    qa: enQa,
    alignment: enAlignment,
    memoryReview: enMemoryReview,
    publishing: enPublishing,
    dashboard: enDashboard,
    editions: enEditions,
    offline: enOffline,
    live: enLive,
    grid: enGrid,
  },
  ru: {
    common: ruCommon,
    auth: ruAuth,
    projects: ruProjects,
    documents: ruDocuments,
    members: ruMembers,
    editor: ruEditor,
    machinery: ruMachinery,
    memory: ruMemory,
    glossary: ruGlossary,
    pretranslation: ruPretranslation,
    statistics: ruStatistics,
    settings: ruSettings,
    comments: ruComments,
    files: ruFiles,
    review: ruReview,
    furniture: ruFurniture,
    qa: ruQa,
    alignment: ruAlignment,
    memoryReview: ruMemoryReview,
    publishing: ruPublishing,
    dashboard: ruDashboard,
    editions: ruEditions,
    offline: ruOffline,
    live: ruLive,
    grid: ruGrid,
  },
  de: {
    common: deCommon,
    auth: deAuth,
    projects: deProjects,
    documents: deDocuments,
    members: deMembers,
    editor: deEditor,
    machinery: deMachinery,
    memory: deMemory,
    glossary: deGlossary,
    pretranslation: dePretranslation,
    statistics: deStatistics,
    settings: deSettings,
    comments: deComments,
    files: deFiles,
    review: deReview,
    furniture: deFurniture,
    qa: deQa,
    alignment: deAlignment,
    memoryReview: deMemoryReview,
    publishing: dePublishing,
    dashboard: deDashboard,
    editions: deEditions,
    offline: deOffline,
    live: deLive,
    grid: deGrid,
  },
};
