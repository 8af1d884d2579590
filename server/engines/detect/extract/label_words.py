"""A domain label that joins an employer's words read back as words: "kestrelfunds" is
"Kestrel Funds", "thecornerbean" "The Corner Bean", "rossandco" "Ross & Co".

Separate because it is a problem of its own with its own word lists. Only the words that are
safe to split off are split: a kind of business at the end ("Funds", "Architects") or at the
start ("Trattoria", "Maison"), a joining "and", and a leading "the". A made-up brand in the
middle ("Driftwood", "Brewlab") stays whole, because a closed compound is as likely a brand's
own spelling as two words run together.
"""

from __future__ import annotations

from functools import lru_cache

# Kinds of business that end an employer's name: "Carr Architects", "Glow PR".
_KIND_TAILS = frozenset(
    """labs bank games health healthcare group systems media capital foods logistics robotics
    energy analytics partners studios studio software solutions insurance industries ventures
    consulting consult consultancy consultants pharma dental staffing holdings airlines hotel
    hotels motors biosciences therapeutics aerospace outdoors housing search recruitment
    builders build building construction cafe coffee roasters bakery brewing brewery distillery
    legal law funds fund finance financial accounting accountants architects architecture
    design designs creative agency marketing publishing press books films pictures productions
    apps estates homes properties property lettings kitchen kitchens catering events vets
    veterinary pets clinic surgery pharmacy florist flowers farms farm gardens garden
    landscapes landscaping plumbing electrical heating joinery garage cars freight couriers
    haulage transport travel tours learning education training tutors academy school schools
    college primary nursery theatre cinema trust charity foundation institute museum gallery
    fitness gym pilates yoga salon barbers interiors furniture fashion boutique retail store
    stores shop supplies communications talent people brand branding corp
    """.split()
)
# Not "pay", "data", "works" or "print": start-ups close those up ("Nimbuspay", "Fernprint").
# Letters that are an abbreviation when they end a label ("glowpr" -> "Glow PR").
_ABBREVIATED_TAILS = {"pr": "PR", "cpa": "CPA"}
# Kinds of business that begin one: "Trattoria Due", "Maison Verdier", "Groupe Lavande".
_KIND_LEADS = (
    "trattoria",
    "osteria",
    "pizzeria",
    "ristorante",
    "cafeteria",
    "restaurante",
    "brasserie",
    "boulangerie",
    "maison",
    "groupe",
    "grupo",
    "ferme",
    "atelier",
    "studio",
    "bistro",
    "bodega",
    "cantina",
    "taverna",
    "casa",
    "hotel",
    "cafe",
    "clinica",
    "clinique",
    "kanzlei",
    "praxis",
    "bakkerij",
    "hogeschool",
    "stichting",
)
# Institutions that a saint names, whose name takes the possessive ("St Mark's Primary").
_SAINT_TAILS = frozenset(
    "primary school academy college church hospital hospice surgery nursery infants juniors".split()
)
# Everyday words that pubs, cafes and shops pair after "the" ("The Copper Pot", "The Old
# Forge"); only used to split what follows "the", where a closed-up brand is rare.
_PLAIN_WORDS = frozenset(
    """old new red blue green black white grey gray golden silver copper brass iron little big
    grand royal happy hungry lazy rusty crooked corner olive salt pepper cork oak ash elm pine
    rose vine ivy holly hazel willow apple cherry plum lemon orange honey sugar bean beans
    coffee tea pot room rooms yard tree trees forge kitchen table house inn arms anchor crown
    lion fox bell bells mill barn garden kettle spoon fork plate bowl cup lantern ship harbour
    harbor bridge gate lane street market shop store pantry larder deli bake cellar loft den
    nest hive hut cabin cottage lodge manor hall well tap pump plough plow swan stag hare hound
    horse bear wolf owl crow raven robin wren lark bird birds fish boat dock pier quay wharf
    station depot works press print paper ink book books page leaf bloom flower flowers seed
    field farm meadow hill valley river brook stone rock sea shore coast bay island north south
    east west hidden secret wild rising sun moon star stars cloud rain snow fig bread crust
    butter cheese wine ale hop hops barrel cask still smoke fire flame ember light lamp candle
    clock key door window wall roof hearth stove oven grill pan jar jug churn cart wagon wheel
    saddle bridle crossing cross square circle common green end side view point spot place
    yellow pink purple velvet thread needle button ribbon lace cotton linen wool silk""".split()
)
_MIN_WORD = 3
# Words that start with "the" but hold no article: "theatre", "theory", "thermo", "these".
_THE_WORDS = (
    "theatr",
    "theater",
    "theor",
    "therap",
    "therm",
    "thesis",
    "thet",
    "them",
    "then",
    "there",
    "these",
    "theodor",
    "theophil",
    "thea",
)


@lru_cache(maxsize=1024)
def label_words(label: str) -> str:
    """A readable name for a joined domain label, split only where a word is safe to split."""
    article = label.startswith("the") and not label.startswith(_THE_WORDS)
    if article and len(label) >= 3 + 2 * _MIN_WORD:
        named = _words(label[3:], article=True)
        # "thecopperpot"; but "thewandermag", which splits nowhere after "the", stays whole
        return "The " + named if named else _capital(label)
    return _words(label) or _capital(label)


def _words(label: str, article: bool = False) -> str:
    """The label's words; empty when an article's label splits nowhere ("the" + "rmofisher")."""
    head, tail = _split_tail(label)
    lead, head = _split_lead(head) if not tail else ("", head)
    words = _split_joined(head)
    if article and len(words) == 1:
        words = _split_plain(head)
    if tail.lower() in _SAINT_TAILS and len(words) == 1 and head.startswith("st"):
        words = _saint(head)
    if article and not (tail or lead or len(words) > 1):
        return ""
    parts = [lead, *(word if word == "&" else _capital(word) for word in words), tail]
    return " ".join(part for part in parts if part)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]  # not str.title(), which writes "Mark'S"


def _split_tail(label: str) -> tuple[str, str]:
    """ "kestrelfunds" -> ("kestrel", "Funds"); "rossandco" -> ("ross&", "Co")."""
    for abbreviation, spelled in _ABBREVIATED_TAILS.items():
        if label.endswith(abbreviation) and len(label) - len(abbreviation) >= _MIN_WORD:
            return label[: -len(abbreviation)], spelled
    for ending in ("andco", "andsons", "andson"):
        # "& Co" and "& Sons" only after "and": a label ending in "co" is often a whole word
        if label.endswith(ending) and len(label) - len(ending) >= _MIN_WORD:
            return label[: -len(ending)] + "&", ending[3:].title()
    best = ""
    for size in range(len(label) - _MIN_WORD, 1, -1):
        if label[-size:] in _KIND_TAILS:
            best = label[-size:]
            break
    if best:
        return label[: -len(best)], best.title()
    return label, ""


def _split_lead(label: str) -> tuple[str, str]:
    for lead in _KIND_LEADS:
        if label.startswith(lead) and len(label) - len(lead) >= _MIN_WORD:
            return lead.title(), label[len(lead) :]
    return "", label


# "-and" inside words: "highland", "bertrand" (above), "demand", "command", "expand",
# "thousand", "husband", "abundant"
_AND_WORD_STARTS = ("dem", "mm", "xp", "ous", "sb", "abu", "rem")


def _split_joined(head: str) -> list[str]:
    """ "fennelandfig" -> ["fennel", "&", "fig"]; "highlandpark" stays whole."""
    if head.endswith("&"):
        return [head[:-1], "&"]
    start = head.find("and", _MIN_WORD)
    while start != -1:
        left, right = head[:start], head[start + 3 :]
        # "highland", "portland", "bertrand": "-land" and "-rand" end many words and names
        if (
            (len(right) >= _MIN_WORD or right in ("co", "son"))
            and not (left[-1] in "lr" and left[-2] not in "aeiouyl")
            and not left.endswith(_AND_WORD_STARTS)
        ):
            return [left, "&", right]
        start = head.find("and", start + 1)
    return [head]


def _split_plain(head: str) -> list[str]:
    """ "cornerbean" -> ["corner", "bean"] when exactly one split gives two everyday words."""
    splits = [
        [head[:i], head[i:]]
        for i in range(_MIN_WORD, len(head) - _MIN_WORD + 1)
        if head[:i] in _PLAIN_WORDS and head[i:] in _PLAIN_WORDS
    ]
    return splits[0] if len(splits) == 1 else [head]


def _saint(head: str) -> list[str]:
    """ "stmarks" before "Primary" -> ["St", "Mark's"]."""
    name = head[2:]
    if len(name) >= _MIN_WORD and name.endswith("s") and not name.endswith("ss"):
        return ["st", name[:-1] + "'s"]
    return ["st", name] if len(name) >= _MIN_WORD else [head]
