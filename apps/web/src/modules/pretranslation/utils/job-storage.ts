const PREFIX = 'interlinea.pretranslation.';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The pre-translation job of a document × edition, kept in this browser so its progress survives a reload. */
export const jobStorage = {
  get(documentId: string, lang: string): string | null {
    return storage()?.getItem(`${PREFIX}${documentId}:${lang}`) ?? null;
  },
  set(documentId: string, lang: string, jobId: string): void {
    try {
      storage()?.setItem(`${PREFIX}${documentId}:${lang}`, jobId);
    } catch {
      // storage full or blocked: progress shows until the page is left
    }
  },
  forget(documentId: string, lang: string): void {
    storage()?.removeItem(`${PREFIX}${documentId}:${lang}`);
  },
};
