import type en from '../en/history.js';

export default {
  'history.person': '{name} ({group})',
  'history.people.others': '{count, plural, one {# autre} other {# autres}}',
  'history.since.summary':
    '{count, plural, one {# paragraphe modifié depuis votre dernière visite} other {# paragraphes modifiés depuis votre dernière visite}}',
  'history.since.summaryAt':
    '{count, plural, one {# paragraphe modifié depuis votre dernière visite} other {# paragraphes modifiés depuis votre dernière visite}} ({when})',
  'history.since.markBy': 'Modifié depuis votre dernière visite par {people}, {when} — masquer',
  'history.since.mark': 'Modifié depuis votre dernière visite, {when} — masquer',
  'history.since.dismiss': 'Masquer',
  'history.tabs.label': 'Vues de ce paragraphe',
  'history.tabs.consensus': 'Consensus',
  'history.tabs.text': 'Historique du texte',
  'history.text.cannotShow': 'Impossible d’afficher l’historique du texte : {problem}',
  'history.text.loading': 'Chargement de l’historique du texte…',
  'history.text.empty': 'Aucune modification du texte de ce paragraphe n’a encore été enregistrée.',
  'history.text.list': 'Modifications du texte, de la plus récente à la plus ancienne',
  'history.text.system': 'Le système',
  'history.change.wrote': '{person} a rédigé le paragraphe {when}',
  'history.change.removed': '{person} a supprimé le paragraphe {when}',
  'history.change.emptied': '{person} a vidé le paragraphe {when}',
  'history.change.changed': '{person} a modifié le texte {when}',
  'history.diff.added': 'ajouté :',
  'history.diff.removed': 'supprimé :',
  'history.numbering.title': 'Numérotation des paragraphes',
  'history.numbering.live':
    'La numérotation est dynamique : les paragraphes sont numérotés 1, 2, 3… dans leur ordre actuel.',
  'history.numbering.frozenAt':
    'La numérotation est figée à la version « {version} », {when} : les paragraphes conservent leur numéro, les nouveaux sont numérotés 4bis, 4ter…, les paragraphes supprimés restent indiqués « 6 [supprimé] ».',
  'history.numbering.frozenAtBy':
    'La numérotation a été figée à la version « {version} », {when}, par {name} : les paragraphes conservent leur numéro, les nouveaux sont numérotés 4bis, 4ter…, les paragraphes supprimés restent indiqués « 6 [supprimé] ».',
  'history.numbering.renumbered':
    'La numérotation est figée sur le document en cours (renuméroté), {when} : les paragraphes conservent leur numéro, les nouveaux sont numérotés 4bis, 4ter…, les paragraphes supprimés restent indiqués « 6 [supprimé] ».',
  'history.numbering.renumberedBy':
    'La numérotation a été figée sur le document en cours (renuméroté), {when}, par {name} : les paragraphes conservent leur numéro, les nouveaux sont numérotés 4bis, 4ter…, les paragraphes supprimés restent indiqués « 6 [supprimé] ».',
  'history.numbering.deleted': '[supprimé]',
  'history.numbering.freezeAt': 'Figer à la version',
  'history.numbering.freeze': 'Figer la numérotation',
  'history.numbering.renumber': 'Renuméroter 1 … n',
  'history.numbering.backToLive': 'Revenir à la numérotation dynamique',
} satisfies Record<keyof typeof en, string>;
