/** The version pages' URLs (parsed in router.tsx). */
const seg = encodeURIComponent;

export const versionPaths = {
  list: (documentId: string) => `/d/${seg(documentId)}/versions`,
  version: (documentId: string, versionId: string) => `/d/${seg(documentId)}/versions/${seg(versionId)}`,
  /** `from` and `to` are version ids or `live`. */
  compare: (documentId: string, from: string, to: string) => `/d/${seg(documentId)}/compare/${seg(from)}/${seg(to)}`,
};
