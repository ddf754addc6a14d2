/**
 * The frozen version the reading view's changes appendix compares with, read from the file once
 * per version (main does the same for the DOCX and PDF): null while the setting is off, while
 * there is no version to compare with, and until the version has been read.
 */
import { useEffect, useState } from 'react';
import { appendixVersion } from '../../../shared/model/appendixVersion';
import type { Project } from '../../../shared/model/types';
import type { ChangesBaseline } from '../../../shared/report/tables/changes';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';

export function useAppendixBaseline(project: Project): ChangesBaseline | null {
  const store = useWorkspaceStore();
  const versions = useDocumentSelector((d) => d.versions);
  const { changesAppendix, changesAppendixVersion } = project.documentSettings;
  const info = changesAppendix ? appendixVersion(versions, changesAppendixVersion) : null;
  const [loaded, setLoaded] = useState<{ id: string; baseline: ChangesBaseline } | null>(null);
  const wanted = info?.id ?? null;
  useEffect(() => {
    if (!info || loaded?.id === info.id) return;
    let live = true;
    void store.document?.readVersion(info.id).then((r) => {
      if (live && r.ok) setLoaded({ id: info.id, baseline: { name: info.name, frozenAt: info.frozenAt, project: r.value } });
    });
    return () => {
      live = false;
    };
    // Read again only when another version is wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);
  return info && loaded?.id === info.id ? loaded.baseline : null;
}
