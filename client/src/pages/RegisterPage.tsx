/** Placeholder. */
export function RegisterPage({ documentId }: { documentId: string }) {
  return <main className="page">{documentId}</main>;
}
