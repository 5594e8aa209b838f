"""PLOVER events (issue 7): who did what to whom, when and where, with every field's span.

The stage reads the entity and timex layers and the text view; see :mod:`khabar.events.coder`
for the rules, :mod:`khabar.events.plover` for the JSONL export and ``src/khabar/data/events_*.tsv``
for the lexicon (regenerate with ``python -m khabar.events.build``).

What an Event carries:

- ``type``: one of the 16 PLOVER event types.
- ``mode``: the PLOVER mode of that type, when the text gives one. Used values: CONSULT visit,
  host, phone, virtual (افتراضي، عبر الإنترنت; not in the PLOVER table, as in the gold);
  ACCUSE disapprove, investigate; ASSAULT aerial, heavy-weapons, firearms, explosives,
  assassinate, abduct, destroy, cleansing; RETREAT withdraw, release, ceasefire, ease, disarm;
  COERCE arrest, confiscate, restrict, ban, deport; SANCTION restrict, withdraw, expel,
  discontinue; MOBILIZE troops; PROTEST demo, boycott, riot, hunger; AID humanitarian, military,
  economic; REJECT veto; THREATEN violence/restrict/relations and REQUEST/REJECT
  meet/yield/assist/change from the event they embed (هدد بشن هجوم -> violence).
- ``modality`` (factuality): null when asserted, else negated (لم، لن، لا، ليس، نفى أنه),
  attempted (حاول، محاولة), hypothetical (قد + imperfect, ربما، محتمل، إذا), planned (سـ، سوف،
  من المقرر، يعتزم، ينوي، مقررة، المرتقب). A demanded, threatened, refused or cancelled event is
  not coded at all: it is folded into the demand/threat/refusal (its mode and recipient).
- ``actors``/``targets``: canonical names of entities of the clause; a nationality is coded as
  its country (إسرائيلية -> Israel), and so is a state's army, forces, police or authorities
  named by one (الجيش الإسرائيلي -> Israel; a government keeps its name), a bare one (قوات الأمن) as the
  document's most-named country, settlers with a nationality as a group (Israeli settlers); a capital as a recipient as its country
  (Washington -> United States). A verb with an unsaid subject takes the subject of the previous
  sentence of the paragraph; an attack naming only its target has no actor.
- ``date``: the ISO value of the nearest DATE/TIME timex of the sentence, else null (the PLOVER
  export falls back to the document date); ``place``: a GPE/LOC/FAC after في/إلى/قرب ...
"""

from khabar.model import Document


def events_stage(doc: Document) -> None:
    """Append the document's PLOVER events to ``doc.events``."""
    from khabar.events.coder import code_document

    doc.events.extend(code_document(doc))
