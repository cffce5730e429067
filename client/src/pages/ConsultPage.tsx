/** A consultation round's public page (filled in by the public page work). */
export function ConsultPage({ roundId }: { roundId: string }) {
  return <main className="page">Consultation {roundId}</main>;
}
