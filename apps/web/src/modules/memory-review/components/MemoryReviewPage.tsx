import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { memoryReviewApi, type MemoryOwner } from '../../../api/memory-review-api';
import { projectsApi } from '../../../api/projects-api';
import { useProject } from '../../projects';
import { permissionsFor, useMe } from '../../session';
import { ErrorMessage, Loading } from '../../ui';
import { useMemoryImports, useMemoryUnit, useMemoryUnits } from '../hooks/use-memory-units';
import { useUnitKeys } from '../hooks/use-unit-keys';
import { initialFilter, type UnitFilter } from '../utils/unit-filter';
import { MemoryBulkBar } from './MemoryBulkBar';
import { MemoryConflicts } from './MemoryConflicts';
import { MemoryFilterBar } from './MemoryFilterBar';
import { MemoryUnitList } from './MemoryUnitList';
import { MemoryUnitPane } from './MemoryUnitPane';

const SHARED_LANGUAGES = ['en', 'ru', 'de'];

/** `/projects/:projectId/memory`: a project's memory; `/memory`: the shared memory (managers). */
export function MemoryReviewPage({ shared = false }: { shared?: boolean }) {
  const { projectId = '' } = useParams();
  const project = useProject(shared ? undefined : projectId);
  if (!shared && project.isPending) return <Loading />;
  if (!shared && project.error) return <ErrorMessage error={project.error} />;
  const languages = project.data ? [project.data.sourceLanguage, ...project.data.targetLanguages] : SHARED_LANGUAGES;
  return <MemoryReview key={projectId} owner={shared ? null : projectId} projectName={project.data?.name ?? null} languages={languages} />;
}

function MemoryReview({ owner, projectName, languages }: { owner: MemoryOwner; projectName: string | null; languages: string[] }) {
  const { t } = useTranslation('memoryReview');
  const me = useMe();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<UnitFilter>(() => initialFilter(languages[0], languages[1] ?? languages[0]));
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState(0);
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<'units' | 'conflicts'>('units');
  const [actionError, setActionError] = useState<unknown>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const units = useMemoryUnits(owner, filter, page);
  const imports = useMemoryImports(owner);
  const projects = useQuery({ queryKey: ['projects'], queryFn: projectsApi.list, enabled: owner === null });
  const current = units.data?.units[selected] ?? null;
  const detail = useMemoryUnit(opened && current ? current.id : null);

  const may = permissionsFor(me.data, owner ?? undefined);
  const roles = me.data?.roles.filter((r) => r.projectId === owner) ?? [];
  const canReview = owner === null || may.manage || roles.some((r) => r.role === 'reviewer');
  const canDelete = owner === null || may.manage;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['memory-units'] });
    void queryClient.invalidateQueries({ queryKey: ['memory-unit'] });
  };
  const change = async (body: Parameters<typeof memoryReviewApi.update>[1]) => {
    if (!current || !canReview) return;
    setActionError(null);
    try {
      const updated = await memoryReviewApi.update(current.id, body);
      queryClient.setQueryData(['memory-unit', current.id], updated);
      refresh();
    } catch (cause) {
      setActionError(cause);
      throw cause;
    }
  };
  const applyFilter = (next: UnitFilter) => {
    setFilter(next);
    setPage(1);
    setSelected(0);
    setEditing(false);
  };
  const move = (delta: 1 | -1) => {
    const count = units.data?.units.length ?? 0;
    const next = selected + delta;
    setEditing(false);
    if (next >= count && units.data && page * units.data.pageSize < units.data.total) {
      setPage(page + 1);
      setSelected(0);
    } else if (next < 0 && page > 1) {
      setPage(page - 1);
      setSelected((units.data?.pageSize ?? 1) - 1);
    } else setSelected(Math.max(0, Math.min(count - 1, next)));
  };

  useUnitKeys(
    {
      move,
      open: () => current && setOpened(true),
      edit: () => {
        if (!current || !canReview) return;
        setOpened(true);
        setEditing(true);
      },
      retire: () => current && void change({ retired: !current.retired }).catch(() => undefined),
      vouch: () => current && !current.trusted && void change({ trusted: true }).catch(() => undefined),
      focusSearch: () => searchRef.current?.focus(),
    },
    tab === 'units' && !editing,
  );

  return (
    <main className="page memory-review" data-testid="memory-review-page">
      <div className="page__head">
        <div>
          {owner && (
            <Link to={`/projects/${owner}`} className="muted small">
              ← {projectName}
            </Link>
          )}
          <h1>{owner ? t('title.project') : t('title.shared')}</h1>
        </div>
        <div className="memory-tabs" role="tablist" aria-label={t('tabs.label')}>
          {(['units', 'conflicts'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={`button button--small${tab === name ? ' button--primary' : ''}`}
              onClick={() => setTab(name)}
              data-testid={`memory-tab-${name}`}
            >
              {t(`tabs.${name}`)}
            </button>
          ))}
        </div>
      </div>
      <MemoryFilterBar
        filter={filter}
        onChange={applyFilter}
        languages={languages}
        imports={imports.data?.imports ?? []}
        projects={owner === null ? projects.data : undefined}
        searchRef={searchRef}
      />
      {tab === 'conflicts' ? (
        <MemoryConflicts owner={owner} source={filter.source} target={filter.target} canReview={canReview} />
      ) : (
        <>
          {canReview && <MemoryBulkBar owner={owner} filter={filter} canDelete={canDelete} onChanged={refresh} />}
          <p className="memory-help small muted" data-testid="memory-help">
            {t('help')}
          </p>
          {actionError !== null && <ErrorMessage error={actionError} />}
          <div className="memory-review__body">
            {units.error ? (
              <ErrorMessage error={units.error} />
            ) : !units.data ? (
              <Loading />
            ) : (
              <MemoryUnitList
                page={units.data}
                source={filter.source}
                target={filter.target}
                selected={selected}
                onSelect={(i) => {
                  setSelected(i);
                  setEditing(false);
                }}
                onOpen={(i) => {
                  setSelected(i);
                  setOpened(true);
                }}
                onPage={(p) => {
                  setPage(p);
                  setSelected(0);
                }}
              />
            )}
            <aside className="memory-review__pane">
              <MemoryUnitPane
                unit={opened && current ? detail.data : undefined}
                loading={opened && current !== null && detail.isPending}
                error={detail.error}
                editing={editing}
                canReview={canReview}
                canDelete={canDelete}
                onEdit={setEditing}
                onSave={(variants) => change({ variants })}
                onRetire={() => current && void change({ retired: !current.retired }).catch(() => undefined)}
                onVouch={(trusted) => void change({ trusted }).catch(() => undefined)}
                onDelete={async () => {
                  if (!current || !window.confirm(t('unit.confirmDelete', { id: current.id }))) return;
                  try {
                    await memoryReviewApi.remove(current.id);
                    refresh();
                  } catch (cause) {
                    setActionError(cause);
                  }
                }}
              />
            </aside>
          </div>
        </>
      )}
    </main>
  );
}
