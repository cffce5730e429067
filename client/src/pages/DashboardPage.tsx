/** Placeholder. */
export function DashboardPage({ documentId }: { documentId: string }) {
  return <main className="page">{documentId}</main>;
}
