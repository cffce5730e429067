/** The version endpoints (README, "Versions"), through the app's one request helper. */
import {
  DocumentReset,
  RestoredDraft,
  Version,
  VersionComparison,
  VersionContent,
  VersionList,
  type CreateVersionBody,
  type VersionFormat,
} from '@accord/schema';
import { request } from '../api.js';

const seg = encodeURIComponent;
const doc = (documentId: string) => `/api/documents/${seg(documentId)}`;

export const listVersions = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/versions`, VersionList, { signal });

export const saveVersion = (documentId: string, body: CreateVersionBody) =>
  request(`${doc(documentId)}/versions`, Version, { method: 'POST', body });

export const getVersionContent = (documentId: string, versionId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/versions/${seg(versionId)}/content?format=json`, VersionContent, { signal });

/** Where a download of a version in `format` is served. */
export const versionUrl = (documentId: string, versionId: string, format: Exclude<VersionFormat, 'json'>) =>
  `${doc(documentId)}/versions/${seg(versionId)}/content?format=${format}`;

/** `from` and `to` are version ids or `live`. */
export const compareVersions = (documentId: string, from: string, to: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/compare?from=${seg(from)}&to=${seg(to)}`, VersionComparison, { signal });

export const startDraft = (documentId: string, versionId: string) =>
  request(`${doc(documentId)}/versions/${seg(versionId)}/restore`, RestoredDraft, { method: 'POST' });

/** Replaces the live document's content with the version's (coordinators and the secretariat). */
export const resetToVersion = (documentId: string, versionId: string) =>
  request(`${doc(documentId)}/versions/${seg(versionId)}/reset`, DocumentReset, { method: 'POST' });
