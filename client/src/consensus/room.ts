/**
 * What the document page's consensus parts share: the live view of every paragraph, what the
 * person may do, and stakeholder group names. Built once per page by {@link useConsensusRoom}.
 */
import type { Access, DocumentConsensus, Person } from '@accord/schema';
import { useMemo } from 'react';
import { can } from '../access.js';
import { listStakeholderGroups } from '../api.js';
import { useAsync } from '../useAsync.js';
import { getConsensus } from './api.js';
import { useLiveView, type LiveState } from './useLiveView.js';
import { patchParagraph } from './view.js';

export interface ConsensusRoom {
  documentId: string;
  personId: string;
  live: LiveState<DocumentConsensus>;
  /** Stakeholder group names by id ('' until known: show the id). */
  groupName(id: string): string;
  may: {
    setStatus: boolean;
    proposeStatus: boolean;
    recordPosition: boolean;
    addAlternative: boolean;
    resolve: boolean;
    bracket: boolean;
  };
}

export function useConsensusRoom(documentId: string, person: Person, access: Access | null): ConsensusRoom {
  const live = useLiveView(documentId, getConsensus, patchParagraph);
  const groups = useAsync((signal) => listStakeholderGroups(signal), []);
  const names = useMemo(() => {
    const list = groups.status === 'done' ? groups.value.groups : [];
    return new Map<string, string>(list.map((g) => [g.id, g.name]));
  }, [groups]);
  return useMemo(
    () => ({
      documentId,
      personId: person.id,
      live,
      groupName: (id: string) => names.get(id) ?? id,
      may: {
        setStatus: can(access, 'status.set'),
        proposeStatus: can(access, 'status.propose'),
        recordPosition: can(access, 'position.record'),
        addAlternative: can(access, 'bracket.alternative'),
        resolve: can(access, 'bracket.resolve'),
        bracket: can(access, 'document.edit'),
      },
    }),
    [documentId, person.id, live, names, access],
  );
}
