"""The matching space: one normaliser for messages, rule phrases and rule patterns.

`normalize(text)` folds case, accents, look-alike characters, emoji, leetspeak, stretched
letters, spelled-out words and French SMS spellings so that rules can be written in plain
spelling. `normalize_mapped(text)` gives the same text plus, for every output character, the
span of the original it came from, so evidence is shown in the parent's original words.
`normalize_pattern(regex)` folds only the literal runs of a rule pattern.

Both `normalize` and `normalize_mapped` run the same stages (a per-character fold, then
regex rewrites with the same replacement functions), so they agree by construction; the
fast one skips the bookkeeping because most messages never match anything, and normalises
each distinct word once (see `_TokenCache`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# --- per-character fold ------------------------------------------------------------------

# Emoji with a meaning in this domain become words (padded: "mon👻" is two tokens).
EMOJI_WORDS: dict[str, str] = {
    "👻": "snapchat",
    "📸": "photo",
    "📷": "photo",
    "🍑": "xemoji",
    "🍆": "xemoji",
    "💦": "xemoji",
    "🔞": "xemoji",
    "👅": "xemoji",
    "💰": "moneyemoji",
    "💵": "moneyemoji",
    "💸": "moneyemoji",
    "🤑": "moneyemoji",
    "🎁": "giftemoji",
    "🤫": "secretemoji",
}

# Look-alikes NFKD does not fold: Cyrillic and Greek letters that pass for Latin ones,
# and Latin letters without a decomposition. Keys are lower case (applied after casefold).
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "к": "k", "м": "m", "н": "h", "о": "o",
    "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b", "ѕ": "s", "і": "i",
    "ї": "i", "ј": "j", "ԁ": "d", "ӏ": "l", "ԛ": "q", "ԝ": "w", "һ": "h", "ү": "y",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "o",
    # Latin letters that are separate letters, not accented ones, for Unicode
    "œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "ȷ": "j", "þ": "th",
    "ŋ": "n", "ɡ": "g", "ɑ": "a", "ʀ": "r", "ᴀ": "a",
}

# Typographic quotes become ASCII ones so `t'es` is one spelling.
QUOTES: dict[str, str] = {
    "’": "'", "‘": "'", "‛": "'", "ʼ": "'", "´": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
}

# Emoji modifiers that carry no meaning once the base emoji is folded.
_DROP = {"\ufe0e", "\ufe0f", "\u20e3", *(chr(c) for c in range(0x1F3FB, 0x1F400))}


def _fold_char(ch: str) -> str:
    """What one code point becomes: the definition the lazy table caches."""
    if ch in EMOJI_WORDS:
        return f" {EMOJI_WORDS[ch]} "
    if ch in QUOTES:
        return QUOTES[ch]
    if ch.isspace():  # one kind of space: the space guard below need look for no other
        return " "
    if ch in _DROP or unicodedata.category(ch) == "Cf":  # zero-width, bidi controls, soft hyphen
        return ""
    if unicodedata.category(ch) == "Cc":
        return ""
    out = []
    for c in unicodedata.normalize("NFKD", ch).casefold():
        if unicodedata.combining(c) or c == " ":  # spacing accents (¨ is " " + U+0308) are no space
            continue
        out.append(HOMOGLYPHS.get(c, QUOTES.get(c, c)))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """A `str.translate` table filled on first sight of each code point."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_FOLD = _FoldTable()
# The ASCII fast path is `str.lower()`: the table must agree with it on ASCII.
_ASCII_SPECIAL = [k for k in (*EMOJI_WORDS, *HOMOGLYPHS, *QUOTES) if k.isascii()]
assert _ASCII_SPECIAL == ["`"], _ASCII_SPECIAL  # the one ASCII key, handled below


def fold(text: str) -> str:
    """Case, accents, look-alikes, quotes, emoji, spaces: a pure per-character map."""
    if text.isascii() and text.isprintable():  # no tab, newline or other control character
        lowered = text.lower()
        return lowered.replace("`", "'") if "`" in lowered else lowered
    return text.translate(_FOLD)


# --- token rewrites ----------------------------------------------------------------------

# French SMS spellings (docs/rules-format.md), whole tokens. Values are already in the
# matching space (lower case, no doubled letters) so the squeeze stage leaves them alone.
SMS_LEXICON: dict[str, str] = {
    "kel": "quel",
    "kelle": "quelle",
    "koi": "quoi",
    "koa": "quoi",
    "kwa": "quoi",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "jte": "je te",
    "jme": "je me",
    # j + verb, the elided "je" of spoken French
    "jvais": "je vais",
    "jveux": "je veux",
    "jpeux": "je peux",
    "jpasse": "je pase",
    "jviens": "je viens",
    "jfais": "je fais",
    "jsais": "je sais",
    "jcrois": "je crois",
    "jpense": "je pense",
    "jtenvoie": "je t'envoie",
    "jtenvoi": "je t'envoie",
    "jtappelle": "je t'apele",
    "jtapelle": "je t'apele",
    "jtattends": "je t'atends",
    "jtadore": "je t'adore",
    "jtaime": "je t'aime",
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "tkt": "t'inquiete",
    "tqt": "t'inquiete",
    "cc": "coucou",
    "bcp": "beaucoup",
    "slt": "salut",
    "stp": "s'il te plait",
    "svp": "s'il vous plait",
    "jsp": "je sais pas",
    "dsl": "desole",
    "jtm": "je t'aime",
    "ki": "qui",
    "kan": "quand",
    "qd": "quand",
    "mtn": "maintenant",
    "vrmt": "vraiment",
}

LEET: dict[str, str] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
_LEET_TABLE = str.maketrans(LEET)

# Tokens with digits that are real numbers, not leetspeak: 15ans, 3eme, 5min, mp3, theo13.
_NUMBER_TOKEN = re.compile(r"\d+|\d{2,}[a-z]+|\d[a-z]{1,3}|[a-z]{1,2}\d|[a-z]+\d{2,}|\d+[.,:h]\d+")

_TOKEN_REWRITE = re.compile(
    # 1. single letters spelled out with one separator: s.n.a.p, n-u-d-e-s, s n a p (4+ with spaces,
    #    so "il y a" or "a l a" stay words); not the start of a longer hyphenated chain (y-a-t-il).
    r"(?<![a-z0-9'])(?P<sep>[a-z](?P<s>[._*\-])[a-z](?:(?P=s)[a-z])+|[a-z] [a-z] [a-z](?: [a-z])+)"
    r"(?![a-z0-9']|[._*\-][a-z])"
    # 2. tokens mixing letters with digits or @/$ (leetspeak candidates)
    r"|(?<![a-z0-9@$])(?P<leet>[a-z0-9@$]*(?:[a-z][0-9@$]|[0-9@$][a-z])[a-z0-9@$]*)(?![a-z0-9@$])"
    # 3. SMS spellings
    r"|(?<![a-z0-9_'])(?P<sms>" + "|".join(sorted(SMS_LEXICON, key=len, reverse=True)) + r")(?![a-z0-9_'])"
)


def _unleet(token: str) -> str:
    head = "@" if token.startswith("@") else ""  # a mention, not an "a"
    body = token[len(head) :]
    return token if _NUMBER_TOKEN.fullmatch(body) else head + body.translate(_LEET_TABLE)


def _rewrite_token(m: re.Match[str]) -> str:
    if m.group("sep") is not None:
        word = re.sub(r"[^a-z]", "", m.group("sep"))
    elif m.group("leet") is not None:
        word = _unleet(m.group("leet"))
    else:
        word = m.group("sms")
    return SMS_LEXICON.get(word, word)


_SQUEEZE = re.compile(r"([a-z])\1+")
_SPACES = re.compile(r"\s+")


def _first_letter(m: re.Match[str]) -> str:
    return m.group(1)  # a callable: much faster than the template r"\1" in CPython's re.sub


Replacement = str | Callable[[re.Match[str]], str]
# The regex stages after the fold, in order; `normalize_mapped` replays exactly these.
_STAGES: tuple[tuple[re.Pattern[str], Replacement], ...] = ((_TOKEN_REWRITE, _rewrite_token), (_SQUEEZE, _first_letter))

# Most messages need no stage at all: one RE2 Set pass says which ones can change anything.
# Each guard matches whenever its stage's regex does (same syntax, no look-around). One guard
# per doubled letter: squeezing "trop cool" is then one str.replace, not a regex pass.
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NOT_TOKEN = "[^a-z0-9_']"
_REWRITE_GUARD = 0  # spelled-out letters, digits or @/$, SMS words
_SPACE_GUARD = 1  # spaces to collapse or trim (folded text has no other whitespace)
_LETTER_GUARD = 2  # guard 2 + i: letter i doubled
_GUARDS: tuple[str, ...] = (
    r"[a-z][._*-][a-z][._*-][a-z]|[a-z] [a-z] [a-z] [a-z]|[0-9@$]"
    rf"|(?:^|{_NOT_TOKEN})(?:" + "|".join(SMS_LEXICON) + rf")(?:{_NOT_TOKEN}|$)",
    "  |^ | $",
    *(c + c for c in _LETTERS),
)


def _stdlib_guard() -> Callable[[str], list[int]]:
    """The same answers from `re`, where 26 searches for doubled letters would cost more than one."""
    rewrite = re.compile(_GUARDS[_REWRITE_GUARD])
    spaces = re.compile(_GUARDS[_SPACE_GUARD])

    def needed(text: str) -> list[int]:
        found = [_LETTER_GUARD + _LETTERS.index(letter) for letter in set(_SQUEEZE.findall(text))]
        if spaces.search(text):
            found.append(_SPACE_GUARD)
        if rewrite.search(text):
            found.append(_REWRITE_GUARD)
        return found

    return needed


def _re2_guard() -> Callable[[str], list[int]] | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - the stdlib guard does the same, slower
        return None
    options = re2.Options()
    options.log_errors = False
    guards = re2.Set.SearchSet(options)
    for guard in _GUARDS:
        guards.Add(guard)
    guards.Compile()
    match = guards._set.Match  # the native method: see matcher._Re2Sets
    return lambda text: match(text.encode()) or []


_needed_stages = _re2_guard() or _stdlib_guard()


def _squeeze_letter(text: str, letter: str) -> str:
    double = letter + letter
    while double in text:  # a run of n letters takes log2(n) passes
        text = text.replace(double, letter)
    return text


def normalize_whole(text: str) -> str:
    """`normalize(text)` computed on the text as a whole: the definition, and the slow path."""
    folded = fold(text)
    needed = _needed_stages(folded)
    if not needed:
        return folded
    if _REWRITE_GUARD in needed:
        # Rewriting can create doubled letters (n00dz -> noodz): squeeze them all.
        folded = _SQUEEZE.sub(_first_letter, _TOKEN_REWRITE.sub(_rewrite_token, folded))
    else:
        for guard in needed:
            if guard >= _LETTER_GUARD:
                folded = _squeeze_letter(folded, _LETTERS[guard - _LETTER_GUARD])
    # No stage adds or removes a space next to another: the guard on the folded text holds.
    return " ".join(folded.split()) if _SPACE_GUARD in needed else folded


# Every stage works within whitespace-separated tokens but one: letters spelled out with
# spaces ("s n a p"). So a message is the join of its normalised tokens, and chat reuses
# few words: each token is normalised once and remembered. Where two single-letter tokens
# meet, the message is normalised whole instead. Bounded: forgotten all at once when full.
TOKEN_CACHE_SIZE = 50_000  # about 8 MB when full
_SPELLED_WITH_SPACES = re.compile(" [a-z] [a-z] ")  # any "a b c d" in folded text leaves this


class _TokenCache(dict[str, str]):
    def __missing__(self, token: str) -> str:
        if len(self) >= TOKEN_CACHE_SIZE:
            self.clear()
        value = self[token] = normalize_whole(token)
        return value


_TOKENS = _TokenCache()


def forget_words() -> None:
    """Empty the word cache, as at start: a scan does when it ends (the words are chat text)."""
    _TOKENS.clear()


def normalize(text: str) -> str:
    """The matching-space form of a message or rule phrase."""
    parts = list(map(_TOKENS.__getitem__, text.split()))  # str.split: the whitespace fold() makes " "
    if "" in parts:  # a token of zero-width or control characters only
        parts = [part for part in parts if part]
    joined = " ".join(parts)
    spelled = len(parts) >= 4 and _SPELLED_WITH_SPACES.search(joined)  # it takes four letters
    return normalize_whole(text) if spelled else joined


# --- the same, keeping where every character came from ---------------------------------


@dataclass(frozen=True, slots=True)
class Mapped:
    """Normalised text; output character i came from original[starts[i]:ends[i]]."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind normalised text[start:end] (end > start)."""
        return self.starts[start], self.ends[end - 1]


def _sub_mapped(
    regex: re.Pattern[str], repl: Replacement, text: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    parts: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for m in regex.finditer(text):
        a, b = m.span()
        parts.append(text[pos:a])
        new_starts += starts[pos:a]
        new_ends += ends[pos:a]
        out = m.expand(repl) if isinstance(repl, str) else repl(m)
        parts.append(out)
        if len(out) == b - a:  # same length: character for character
            new_starts += starts[a:b]
            new_ends += ends[a:b]
        elif out:  # otherwise every output character stands for the whole match
            new_starts += [starts[a]] * len(out)
            new_ends += [ends[b - 1]] * len(out)
        pos = b
    parts.append(text[pos:])
    new_starts += starts[pos:]
    new_ends += ends[pos:]
    return "".join(parts), new_starts, new_ends


def normalize_mapped(text: str) -> Mapped:
    """`normalize(text)` with an offset map back to `text`."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        out = fold(ch)
        chars.append(out)
        starts += [i] * len(out)
        ends += [i + 1] * len(out)
    folded = "".join(chars)
    for regex, repl in _STAGES:
        folded, starts, ends = _sub_mapped(regex, repl, folded, starts, ends)
    folded, starts, ends = _sub_mapped(_SPACES, " ", folded, starts, ends)
    lead = len(folded) - len(folded.lstrip(" "))
    stop = len(folded.rstrip(" "))
    return Mapped(folded[lead:stop], tuple(starts[lead:stop]), tuple(ends[lead:stop]))


# --- rule patterns ----------------------------------------------------------------------

_META = set("\\.^$*+?()[]{}|")
_QUANTIFIER = re.compile(r"[*+?]\??|\{\d+(?:,\d*)?\}\??")
_GROUP_OPEN = re.compile(r"\((?:\?P<\w+>|\?P=\w+|\?<\w+>|\?[a-zA-Z-]*[:)]|\?)?")


class PatternSyntaxError(ValueError):
    """A pattern the tokenizer cannot split into literal runs and syntax."""


def _escape(text: str) -> str:
    return "".join("\\" + c if c in _META else c for c in text)


def _class_end(pattern: str, i: int) -> int:
    """Index just past the `]` closing the character class opened at `i`."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
        elif pattern.startswith("[:", j):
            close = pattern.find(":]", j + 2)
            j = close + 2 if close >= 0 else j + 1
        elif pattern[j] == "]":
            return j + 1
        else:
            j += 1
    raise PatternSyntaxError("unclosed character class [")


def _fold_class(body: str) -> str:
    """Fold the literal characters of a class body, leaving escapes and ranges alone."""
    out = []
    i = 0
    while i < len(body):
        if body[i] == "\\":
            out.append(body[i : i + 2])
            i += 2
        elif body.startswith("[:", i):
            close = body.find(":]", i) + 2
            out.append(body[i:close])
            i = close
        else:
            out.append((fold(body[i]).strip() or body[i])[0])
            i += 1
    return "".join(out)


def _escape_end(pattern: str, i: int) -> int:
    if i + 1 >= len(pattern):
        raise PatternSyntaxError("trailing backslash")
    nxt = pattern[i + 1]
    if nxt in "pPx" and i + 2 < len(pattern) and pattern[i + 2] == "{":
        close = pattern.find("}", i + 2)
        if close < 0:
            raise PatternSyntaxError("unclosed \\p{ or \\x{")
        return close + 1
    if nxt in "pP":
        return i + 3
    return i + 2


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    literal: bool


def _pieces(pattern: str) -> list[_Piece]:
    """Split a pattern into single literal characters and syntax pieces (quantifiers kept apart)."""
    pieces: list[_Piece] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            end = _escape_end(pattern, i)
            pieces.append(_Piece(pattern[i:end], False))
        elif c == "[":
            end = _class_end(pattern, i)
            head = 2 if pattern.startswith("[^", i) else 1
            pieces.append(_Piece(pattern[i : i + head] + _fold_class(pattern[i + head : end - 1]) + "]", False))
        elif c == "(":
            m = _GROUP_OPEN.match(pattern, i)
            assert m is not None  # the regex matches at least "("
            # Capturing groups become plain groups: the fallback prefilter needs group-less regexes.
            opener = m.group()
            opener = "(?:" if opener in ("(",) or opener.startswith(("(?P<", "(?<")) else opener
            end = m.end()
            pieces.append(_Piece(opener, False))
        elif (q := _QUANTIFIER.match(pattern, i)) is not None:
            end = q.end()
            pieces.append(_Piece(q.group(), False))
        elif c in _META:
            end = i + 1
            pieces.append(_Piece(c, False))
        else:
            end = i + 1
            pieces.append(_Piece(c, True))
        i = end
    return pieces


_BOUNDARY_SYNTAX = {"(", ")", "|", "^", "$"}


def _fold_run(run: str, open_left: bool, open_right: bool) -> str:
    """Fold a literal run of a pattern: fold, SMS words (only whole ones), squeeze, spaces."""
    folded = fold(run)
    if run[:1] != " ":
        folded = folded.lstrip(" ")  # the padding of a leading emoji
    if run[-1:] != " ":
        folded = folded.rstrip(" ")

    def sms(m: re.Match[str]) -> str:
        whole = (m.start() > 0 or open_left) and (m.end() < len(folded) or open_right)
        return SMS_LEXICON.get(m.group(), m.group()) if whole else m.group()

    folded = re.sub(r"(?<![a-z0-9_'])[a-z]+(?![a-z0-9_'])", sms, folded)
    folded = _SQUEEZE.sub(_first_letter, folded)
    return _escape(_SPACES.sub(" ", folded))


def normalize_pattern(pattern: str) -> str:
    """Fold the literal runs of an RE2 pattern, never its escapes, classes or quantifiers.

    A literal directly followed by a quantifier is kept out of the run (`oo?` stays `oo?`).
    Raises PatternSyntaxError on a pattern whose structure cannot be read."""
    pieces = _pieces(pattern)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        if not pieces[i].literal:
            out.append(pieces[i].text)
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j].literal:
            j += 1
        quantified = j < len(pieces) and _QUANTIFIER.fullmatch(pieces[j].text) is not None
        stop = j - 1 if quantified else j
        if stop > i:
            left = i == 0 or pieces[i - 1].text in _BOUNDARY_SYNTAX or pieces[i - 1].text.startswith("(")
            right = stop == len(pieces) or (not quantified and pieces[stop].text in _BOUNDARY_SYNTAX)
            out.append(_fold_run("".join(p.text for p in pieces[i:stop]), left, right))
        if quantified:
            single = fold(pieces[stop].text).strip() or pieces[stop].text
            out.append(_escape(single) if len(single) == 1 else "(?:" + _escape(single) + ")")
        i = j
    return "".join(out)


def phrase_regex(phrase: str) -> str:
    """A rule phrase as a regex over the matching space."""
    return _escape(normalize(phrase))
