/** The call's coverage at the desk: contributed paragraphs used nowhere yet, so none is forgotten. */
import type { Coverage } from '@accord/schema';

export function NotYetReflected({ coverage }: { coverage: Coverage }) {
  const left = coverage.notYetReflected;
  if (left.length === 0)
    return <p className="cs-muted">Every contributed paragraph is reflected in the compilation.</p>;
  return (
    <section aria-labelledby="desk-unreflected-h">
      <h3 id="desk-unreflected-h">
        {left.length === 1 ? 'Not yet reflected: 1 paragraph' : `Not yet reflected: ${left.length} paragraphs`}
      </h3>
      <ul className="desk-paragraphs desk-unreflected">
        {left.map((p) => (
          <li key={`${p.contributionId}-${p.index}`}>
            <strong>{p.organisation}</strong>: {p.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
