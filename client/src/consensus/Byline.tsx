/**
 * "Mei Tanaka (Technical community)": a person and the group they come from, not one they
 * speak for; both are names people gave, so each is isolated from the sentence around it.
 */
import { FormattedMessage } from 'react-intl';

export function Byline({ person, group }: { person: { name: string }; group: string }) {
  return (
    <FormattedMessage
      id="consensus.byline"
      values={{ name: <bdi key="name">{person.name}</bdi>, group: <bdi key="group">{group}</bdi> }}
    />
  );
}
