"""The matching space: every obfuscation the issue lists, numbers kept, spans back to the original."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardian.detect import normalize as normalize_module
from guardian.detect.normalize import fold, normalize, normalize_mapped, normalize_pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Âge ÉCOLE", "age ecole"),  # case and accents
        ("Œuvre, ÆTHER, straße", "oeuvre, aether, strase"),  # ligatures; ß -> ss -> squeezed like any double
        ("t’as kel âge", "t'as quel age"),  # curly quote, SMS
        ("s\u200bn\u200da\u2066p\u2069", "snap"),  # zero-width and bidi controls
        ("ѕnар", "snap"),  # Cyrillic look-alikes
        ("νυdεs", "vudes"),  # Greek look-alikes (ν is a v)
        ("𝐬𝐧𝐚𝐩 𝓷𝓾𝓭𝓮𝓼", "snap nudes"),  # mathematical alphanumerics
        ("ＳＮＡＰ", "snap"),  # fullwidth
        ("3nv0ie moi 1 ph0t0", "envoie moi 1 photo"),  # contextual leetspeak, "1" alone is a number
        ("n00dz", "nodz"),
        ("nuuudes", "nudes"),  # squeezed
        ("s.n.a.p", "snap"),
        ("s n a p", "snap"),
        ("n-u-d-e-s", "nudes"),
        ("mon👻 c theo", "mon snapchat c theo"),  # emoji to a token
        ("🍑🍆 💰 🎁 🤫 📸", "xemoji xemoji moneyemoji giftemoji secretemoji photo"),
        ("👍🏽 ok", "👍 ok"),  # skin tone dropped, other emoji kept
        ("jsuis seule, pk tu réponds pas ? tkt", "je suis seule, pourquoi tu reponds pas ? t'inquiete"),
        ("cc bcp jte", "coucou beaucoup je te"),
        ("  plein\n\td'espaces  ", "plein d'espaces"),
        ("un\u2028deux\u3000trois\x1fquatre\xa0cinq", "un deux trois quatre cinq"),  # every kind of space is one
        ("s¨nap", "snap"),  # a spacing accent is not a space (¨ decomposes to one)
        ("regarde s n a p", "regarde snap"),  # letters spelled out across words
    ],
)
def test_obfuscations_fold(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    "text",
    ["j'ai 13 ans", "j'ai 15ans", "i'm 14", "rdv à 20h30", "le 3eme", "un mp3", "theo13", "2026"],
)
def test_real_numbers_are_kept(text: str) -> None:
    assert normalize(text) == fold(text)


@pytest.mark.parametrize("text", ["il y a", "a l a", "y-a-t-il", "c'est a b", "peut-être"])
def test_short_words_are_not_joined(text: str) -> None:
    assert " ".join(normalize(text).split()) == fold(text).replace("ê", "e").replace("  ", " ")


def test_mentions_keep_their_at_sign() -> None:
    assert normalize("@theo_13 m@t") == "@theo_13 mat"


@pytest.mark.parametrize(
    "text",
    ["3nv0ie moi 1 ph0t0 de toi 📸", "ＳＮＡＰ s.n.a.p nuuudes", "t’as kel âge ?? 🤫", "Ѕnар\u200b ok", "", "   "],
)
def test_mapped_text_equals_fast_text(text: str) -> None:
    assert normalize_mapped(text).text == normalize(text)


def test_spans_map_back_to_the_original() -> None:
    original = "Alors 3nv0ie moi ta ph0t0 sur ＳＮＡＰ ou s.n.a.p 👻 nuuudes"
    mapped = normalize_mapped(original)
    assert mapped.text == "alors envoie moi ta photo sur snap ou snap snapchat nudes"
    found = [original[slice(*mapped.original_span(*m.span()))] for m in re.finditer(r"\w+", mapped.text)]
    assert found == ["Alors", "3nv0ie", "moi", "ta", "ph0t0", "sur", "ＳＮＡＰ", "ou", "s.n.a.p", "👻", "nuuudes"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"envoie?s?( moi)? (une |des )?photos?", r"envoie?s?(?: moi)? (?:une |des )?photos?"),
        (r"\S+ \bb \bbb{2,3}", r"\S+ \bb \bbb{2,3}"),  # escapes and braces untouched
        (r"[ÉA-Z]oo?", r"[ea-z]oo?"),  # classes folded, the quantified o kept apart
        (r"appelle|APPELLE", r"apele|apele"),  # literal runs squeezed like text
        (r"t'?as (kel|quel) âge", r"t'?as (?:quel|quel) age"),  # SMS words in whole tokens only
        (r"pkx|(pk|pq) tu", r"pkx|(?:pourquoi|pourquoi) tu"),  # "pk" glued to other letters is not the SMS word
        (r"(?P<who>👻)", r"(?:snapchat)"),  # named groups become plain groups
        (r"\p{L}+ \x{41}", r"\p{L}+ \x{41}"),
        (r"ton snap ?\?", r"ton snap ?\?"),
    ],
)
def test_patterns_fold_only_literal_runs(pattern: str, expected: str) -> None:
    assert normalize_pattern(pattern) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAbnsuépP0134@$.- '’\n\u200b👻🍑😂Ѕо𝐬ＳœßkelpcjtLO"), max_size=40))
def test_mapped_agrees_and_spans_stay_inside(text: str) -> None:
    mapped = normalize_mapped(text)
    assert mapped.text == normalize(text)
    for i in range(len(mapped.text)):
        start, end = mapped.original_span(i, i + 1)
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("noooooooooooooooooooooooooooooooooon", "non"),  # a long run takes several passes
        ("Lllllooool trop cooool", "lol trop col"),
        ("aabbccddeeffgghhiijjkkllmmnnooppqqrrssttuuvvwwxxyyzz", "abcdefghijklmnopqrstuvwxyz"),
        ("ça vaaa ?? ok!!", "ca va ?? ok!!"),  # only letters squeeze
        ("n000dz stp", "nodz s'il te plait"),  # a rewrite may create doubles: squeezed after it
    ],
)
def test_stretched_letters_squeeze(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert normalize_mapped(text).text == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aabbllooeezz 0.-'\tÀàé"), max_size=60))
def test_squeeze_by_letter_equals_the_regex_stage(text: str) -> None:
    assert normalize(text) == normalize_mapped(text).text


WORDS = ["s", "n", "a", "p", "x", "ok", "jte", "n00dz", "ph0t0", "s.n.a.p", "cooool", "👻", "mon👻", "¨", "\u200b",
         "1", "15ans", "@theo", "Ѕnар", "ÉCOLE", "'", "?"]
SPACES = [" ", "  ", "\n", "\t", "\u3000", "\xa0", ""]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=12))
def test_word_by_word_equals_the_whole_text(pieces: list[tuple[str, str]]) -> None:
    """The fast path normalises each word once and remembers it; the result is the whole text's."""
    text = "".join(word + space for word, space in pieces)
    assert normalize(text) == normalize_module.normalize_whole(text) == normalize_mapped(text).text


def test_the_word_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize_module, "TOKEN_CACHE_SIZE", 3)
    monkeypatch.setattr(normalize_module, "_TOKENS", normalize_module._TokenCache())
    for word in ["un", "deux", "trois", "quatre", "cinq"]:
        assert normalize(word) == word
        assert len(normalize_module._TOKENS) <= 3


STDLIB_GUARD = normalize_module._stdlib_guard()  # what runs where the google-re2 wheel is missing
PIECES = ["cc", "jsp", "tkt", "pk", "a", "b", "s", "x", ".", "-", "*", " ", "'", "\n", "0", "@", "$", "ll", "oo", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_stdlib_guard_gives_the_re2_answers(text: str) -> None:
    folded = fold(text)
    assert sorted(STDLIB_GUARD(folded)) == sorted(normalize_module._needed_stages(folded))
