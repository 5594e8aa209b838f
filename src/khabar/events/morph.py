"""Arabic verb and verbal-noun inflection by pattern, for the event trigger lexicon.

The trigger lexicon lists lemmas (past 3rd person masculine singular, its imperfect, the
derived form I-X, the root class and the verbal nouns); every surface form a news text
can use is generated here rather than typed by hand. Forms are unvocalized, as news is
printed, and normalized by :func:`khabar.text.normalize_word` afterwards.

Coverage: perfect (all persons, numbers, genders), imperfect indicative, subjunctive and
jussive (all persons; the future prefix and conjunctions are proclitics handled by the
matcher), imperative, active participle in the accusative (مطالبا، داعية), for sound, defective (final ى/ا), hollow (long/short stem) and
doubled (merged/unmerged stem) verbs; verbal nouns with accusative tanween alif, dual,
and possessive suffixes.
"""

from __future__ import annotations

from dataclasses import dataclass

PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما", "تن")
# suffixes that take the short (hollow) / unmerged (doubled) stem: consonant-initial ones
PAST_SHORT = ("ن", "نا", "تم", "تما", "تن")
PRES_PREFIXES = ("ي", "ت", "ن", "ا")
PRES_SUFFIXES = ("", "ان", "ون", "ين", "وا", "ي", "ا", "ن")
IMP_SUFFIXES = ("", "ي", "وا", "ا", "ن")
POSSESSIVES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")  # not ي: اجتماعي is "social"


@dataclass(frozen=True)
class Lemma:
    """One row of ``events_lemmas.tsv``: enough to inflect the verb and its nouns."""

    past: str  # perfect 3ms, e.g. اجتمع
    present: str  # imperfect 3ms, e.g. يجتمع
    form: str  # I .. X
    cls: str  # sound | defective | hollow | doubled
    short: str = ""  # hollow: short perfect stem (قد for قاد); doubled: unmerged stem (شنن)


def _past(lem: Lemma) -> set[str]:
    p = lem.past
    out: set[str] = set()
    if lem.cls == "defective":
        base, last = p[:-1], p[-1]
        if last in "ىي":  # ألغى، التقى
            out |= {p, base + "ت", base + "يا", base + "تا", base + "وا", base + "ين", base + "يت",
                    base + "ينا", base + "يتم", base + "يتما", base + "يتن"}
        else:  # دعا
            out |= {p, base + "ت", base + "وا", base + "تا", base + "ون", base + "وت", base + "ونا",
                    base + "وتم", base + "وتما", base + "وتن"}
        return out
    long_stem = p
    short_stem = lem.short or p
    for suf in PAST_SUFFIXES:
        if suf in PAST_SHORT or (suf == "ت" and lem.cls in ("hollow", "doubled")):
            if lem.cls == "doubled" and suf.startswith("ن"):
                suf = suf[1:]  # شنن + نا -> شننّا, written شننا
            out.add(short_stem + suf)
            if suf == "ت":  # 3fs keeps the long stem: قادت، شنت
                out.add(long_stem + suf)
        else:
            out.add(long_stem + suf)
    return out


def _present(lem: Lemma) -> set[str]:
    stem = lem.present[1:]  # يجتمع -> جتمع
    out: set[str] = set()
    if lem.cls == "defective":
        base, last = stem[:-1], stem[-1]  # لغي -> لغ + ي ; دعو -> دع + و
        for pre in PRES_PREFIXES:
            out |= {pre + stem, pre + stem + "ان", pre + base + "ون", pre + base + "وا", pre + base + "ين"}
            out.add(pre + stem + "ا")  # subjunctive 3md/dual, يلقيا
            if last == "ي":
                out.add(pre + stem + "ن")  # يلقين 3fp
            if len(base) >= 2:
                out.add(pre + base)  # jussive يلغ، يدع
        return out
    short = None
    if lem.cls == "hollow":  # يقود -> short يقد (jussive, 3fp)
        short = stem[:-2] + stem[-1]
    if lem.cls == "doubled" and lem.short:
        short = lem.short  # يشنن: the 3fp imperfect keeps both consonants
    for pre in PRES_PREFIXES:
        for suf in PRES_SUFFIXES:
            if suf == "ن" and short:
                out.add(pre + short + ("ن" if lem.cls == "hollow" else ""))
                continue
            out.add(pre + stem + suf)
        if short and lem.cls == "hollow":
            out.add(pre + short)
    return out


def _imperative(lem: Lemma) -> set[str]:
    stem = lem.present[1:]
    if lem.form in ("V", "VI", "VII", "VIII", "IX", "X"):
        base = lem.past if lem.cls != "defective" else lem.past[:-1]
    elif lem.form == "IV":
        base = "ا" + stem if lem.cls != "defective" else "ا" + stem[:-1]
    elif lem.form in ("II", "III"):
        base = stem if lem.cls != "defective" else stem[:-1]
    else:  # form I: hamzat al-wasl + imperfect stem (اقصف، اطلب); hollow/defective drop it
        if lem.cls == "hollow":
            base = stem[:-2] + stem[-1]
        elif lem.cls == "defective":
            base = "ا" + stem[:-1]
        elif lem.cls == "doubled":
            base = stem
        else:
            base = "ا" + stem
    if lem.cls == "defective":
        return {base, base + "ي", base + "وا", base + "يا", base + "ين"}
    if lem.cls == "hollow" and lem.form == "I":
        long_ = stem
        return {base, long_ + "ي", long_ + "وا", long_ + "ا"}
    return {base + s for s in IMP_SUFFIXES}


def _participle(lem: Lemma) -> set[str]:
    """Active participle in the circumstantial accusative (..., مطالبا بـ / داعية إلى).

    Forms II-X: م + imperfect stem; form I: فاعل. Hollow verbs take only the masculine
    (مدينة is "city", not "condemning"); hollow and doubled form I are left out (زائر، حاث)."""
    stem = lem.present[1:]
    if lem.form == "I":
        if lem.cls == "sound" and len(lem.past) == 3:
            base = lem.past[0] + "ا" + lem.past[1:]
            return {base + "ا", base + "ة"}
        if lem.cls == "defective" and len(lem.past) == 3:
            base = lem.past[0] + "ا" + lem.past[1]
            return {base + "يا", base + "ية"}
        return set()
    if lem.cls == "defective":
        return {"م" + stem[:-1] + "يا", "م" + stem[:-1] + "ية"}
    if lem.cls == "hollow":
        return {"م" + stem + "ا"}
    return {"م" + stem + "ا", "م" + stem + "ة"}


def _passive(lem: Lemma) -> set[str]:
    """Perfect passive where unvocalized writing shows it: hollow verbs of forms VII/VIII turn
    their long ا into ي (اغتال -> اغتيل، اجتاح -> اجتيح). Other passives are written like the
    active (اعتقل، استهدف) and cannot be told apart without vowels."""
    if lem.cls != "hollow" or lem.form not in ("VII", "VIII") or "ا" not in lem.past[2:]:
        return set()
    k = lem.past.rindex("ا")
    stem = lem.past[:k] + "ي" + lem.past[k + 1:]
    return {stem + suf for suf in ("", "ت", "وا", "ا", "تا")}


def verb_forms(lem: Lemma) -> dict[str, set[str]]:
    """Surface forms of a verb lemma by aspect: ``past``, ``present``, ``imperative``,
    ``participle`` and ``passive`` (perfect passive, where the spelling shows it)."""
    return {"past": _past(lem), "present": _present(lem), "imperative": _imperative(lem),
            "participle": _participle(lem), "passive": _passive(lem)}


def noun_forms(noun: str) -> set[str]:
    """A verbal noun with accusative tanween alif, dual and possessive suffixes.

    ``اجتماع`` -> اجتماعا، اجتماعان، اجتماعين، اجتماعه ...; ``غارة`` -> غارتان، غارته ...;
    a sound feminine plural (``غارات``) takes only the possessives.
    """
    out = {noun}
    if noun.endswith("ة"):
        stem = noun[:-1] + "ت"
        out |= {stem + "ان", stem + "ين"} | {stem + p for p in POSSESSIVES}
    elif noun.endswith("ات"):
        out |= {noun + p for p in POSSESSIVES}
    else:
        acc = "" if noun.endswith("ء") else "ا"  # إلغاءً takes no alif
        out |= {noun + acc, noun + "ان", noun + "ين"} | {noun + p for p in POSSESSIVES}
        if noun.endswith("اء"):  # the hamza sits on ya before a suffix: لقائه، إلغائها
            out |= {noun[:-1] + "ئ" + p for p in POSSESSIVES}
    return out
