"""Recognising a person: profile URL keys, names, nicknames, companies and the matcher."""

import pytest

from server.engines.people import (
    CONFIDENT,
    NameKeys,
    PersonFacts,
    ProfileFacts,
    display_name,
    match_profile,
    name_keys,
    nickname_set,
    parse_name,
    profile_key,
    profile_url_for,
    same_by_nickname,
    score_person,
)
from server.engines.profile_text import (
    CompanyFacts,
    company_key,
    company_mentions,
    company_relation,
    title_from_headline,
)

# --------------------------------------------------------------------------- profile URLs

MIRA = "linkedin.com/in/mira-okafor-4b2"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/mira-okafor-4b2",
        "https://www.linkedin.com/in/mira-okafor-4b2/",
        "https://linkedin.com/in/mira-okafor-4b2",
        "http://www.linkedin.com/in/mira-okafor-4b2",
        "www.linkedin.com/in/mira-okafor-4b2",
        "linkedin.com/in/mira-okafor-4b2",
        "//www.linkedin.com/in/mira-okafor-4b2",
        "  https://www.linkedin.com/in/mira-okafor-4b2  ",
        "https://de.linkedin.com/in/mira-okafor-4b2",
        "https://uk.linkedin.com/in/mira-okafor-4b2/",
        "https://br.linkedin.com/in/mira-okafor-4b2?originalSubdomain=br",
        "https://m.linkedin.com/in/mira-okafor-4b2",
        "https://www.linkedin.com/mwlite/in/mira-okafor-4b2",
        "https://www.linkedin.com/in/mira-okafor-4b2?trk=public_profile&utm_source=share",
        "https://www.linkedin.com/in/mira-okafor-4b2#experience",
        "https://www.linkedin.com/in/mira-okafor-4b2/?locale=fr_FR#about",
        "HTTPS://WWW.LINKEDIN.COM/IN/MIRA-OKAFOR-4B2",
        "https://www.linkedin.com/in/Mira-Okafor-4B2/",
        "https://www.linkedin.com/in/mira-okafor-4b2/details/experience/",
        "https://www.linkedin.com/in/mira-okafor-4b2/recent-activity/all/",
        "https://www.linkedin.com/in/mira-okafor-4b2/overlay/contact-info/",
        "https://www.linkedin.com./in/mira-okafor-4b2",
    ],
)
def test_every_form_of_one_profile_url_gives_one_key(url):
    assert profile_key(url) == MIRA


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-77/",
        "https://www.linkedin.com/in/JOS%C3%89-GARC%C3%8DA-77",
        "https://es.linkedin.com/in/jos%c3%a9-garc%c3%ada-77?locale=es_ES",
        "https://www.linkedin.com/in/josé-garcía-77",
        # The same letters written decomposed (e + combining accent) by some systems.
        "https://www.linkedin.com/in/jose%CC%81-garci%CC%81a-77",
    ],
)
def test_percent_encoded_non_ascii_slugs_decode_to_one_key(url):
    assert profile_key(url) == "linkedin.com/in/josé-garcía-77"


def test_slugs_in_other_scripts_are_kept():
    url = "https://cn.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-5a1"
    assert profile_key(url) == "linkedin.com/in/王小明-5a1"


def test_the_longest_custom_address_is_still_a_profile():
    assert profile_key("linkedin.com/in/" + "a" * 100) == "linkedin.com/in/" + "a" * 100


def test_different_people_get_different_keys():
    assert profile_key("linkedin.com/in/mira-okafor") != profile_key(
        "linkedin.com/in/mira-okafor-2"
    )


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "   ",
        "https://www.linkedin.com/",
        "https://www.linkedin.com/in/",
        "https://www.linkedin.com/company/acme",
        "https://www.linkedin.com/jobs/view/38211",
        "https://www.linkedin.com/feed/",
        "https://www.linkedin.com/search/results/people/?keywords=in%2Fmira",
        "https://example.com/in/mira-okafor-4b2",
        "https://notlinkedin.com/in/mira-okafor-4b2",
        "https://linkedin.com.example.net/in/mira-okafor-4b2",
        "https://lnkd.in/dXyz12",
        "mailto:mira@example.com",
        "https://[::1/in/x",
        "https://www.linkedin.com/in/" + "a" * 101,
        "https://www.linkedin.com/in/two%20words",
    ],
)
def test_anything_but_a_profile_has_no_key(url):
    assert profile_key(url) is None


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Mira Okafor", NameKeys("mira", "okafor", "mira okafor")),
        ("  MIRA   okafor ", NameKeys("mira", "okafor", "mira okafor")),
        ("José García", NameKeys("jose", "garcia", "jose garcia")),
        ("Jose Garcia", NameKeys("jose", "garcia", "jose garcia")),
        ("Zoë Brontë-Łukasik", NameKeys("zoe", "bronte-lukasik", "zoe bronte-lukasik")),
        ("Søren Ægidius", NameKeys("soren", "aegidius", "soren aegidius")),
        ("Seán O’Brien", NameKeys("sean", "obrien", "sean obrien")),
        ("Sean O'Brien", NameKeys("sean", "obrien", "sean obrien")),
        # Middle names and initials stay out of first and last.
        ("Mira Adaeze Okafor", NameKeys("mira", "okafor", "mira adaeze okafor")),
        ("Mira A. Okafor", NameKeys("mira", "okafor", "mira a okafor")),
        ("M. Adaeze Okafor", NameKeys("adaeze", "okafor", "m adaeze okafor")),
        # Credentials, pronouns, emoji, honorifics and taglines.
        ("Jane Doe, PhD 🌱", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe, PhD, MBA", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe MBA CPA", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe, P.Eng.", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe, CISSP, PMP", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe (she/her)", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe (She/Her/Hers)", NameKeys("jane", "doe", "jane doe")),
        ("Sam Lee he/him", NameKeys("sam", "lee", "sam lee")),
        ("Alex Kim [they/them] 🏳️‍🌈", NameKeys("alex", "kim", "alex kim")),
        ("🚀 Jane Doe ✨", NameKeys("jane", "doe", "jane doe")),
        ("Dr. Jane Doe", NameKeys("jane", "doe", "jane doe")),
        ("Prof Jane Doe", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe | Hiring engineers!", NameKeys("jane", "doe", "jane doe")),
        ("Jane Doe - Talent Partner", NameKeys("jane", "doe", "jane doe")),
        ("Martin Okafor Jr.", NameKeys("martin", "okafor", "martin okafor")),
        ("Martin Okafor III", NameKeys("martin", "okafor", "martin okafor")),
        ("𝐉𝐚𝐧𝐞 𝐃𝐨𝐞", NameKeys("jane", "doe", "jane doe")),
        # "Doe, Jane" is a list-style name, not a credential.
        ("Doe, Jane", NameKeys("jane", "doe", "jane doe")),
        # Short credentials that are also surnames only go when capitalised as credentials.
        ("Jane Ma", NameKeys("jane", "ma", "jane ma")),
        ("Jane Doe MA", NameKeys("jane", "doe", "jane doe")),
        ("Jane Do", NameKeys("jane", "do", "jane do")),
        # Hyphenated given names stay whole.
        ("Jean-Pierre Dupont", NameKeys("jean-pierre", "dupont", "jean-pierre dupont")),
        # Brackets hold another name, not part of first/last.
        ('Robert "Bob" Smith', NameKeys("robert", "smith", "robert smith")),
        ("Jane Smith (née Doe)", NameKeys("jane", "smith", "jane smith")),
        ("", NameKeys("", "", "")),
        ("🌱 ✨", NameKeys("", "", "")),
    ],
)
def test_name_keys(name, keys):
    assert name_keys(name) == keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("王小明", NameKeys("王小明", "", "王小明")),
        ("王 小明", NameKeys("王", "小明", "王 小明")),
        ("Иван Петров", NameKeys("иван", "петров", "иван петров")),
        ("Андрей Йорданов", NameKeys("андрей", "йорданов", "андрей йорданов")),
        ("प्रिया शर्मा", NameKeys("प्रिया", "शर्मा", "प्रिया शर्मा")),
        ("محمد علي", NameKeys("محمد", "علي", "محمد علي")),
        ("김 민준", NameKeys("김", "민준", "김 민준")),
        ("山田 太郎 (he/him)", NameKeys("山田", "太郎", "山田 太郎")),
    ],
)
def test_names_in_other_scripts_are_kept_intact(name, keys):
    assert name_keys(name) == keys


def test_brackets_and_quotes_give_alternate_names():
    assert parse_name('Robert "Bob" Smith').alternates == ("bob",)
    assert parse_name("Katherine (Kate) Lee").alternates == ("kate",)
    assert parse_name("Jane Smith (née Doe)").alternates == ("doe",)
    assert parse_name("Jane Smith (geb. Müller)").alternates == ("muller",)
    assert parse_name("Jane Smith (she/her)").alternates == ()


# --------------------------------------------------------------------------- nicknames


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Robert", "Bob"),
        ("Bob", "Rob"),
        ("Bobby", "Robert"),
        ("Katherine", "Kate"),
        ("Katie", "Kathy"),
        ("Catherine", "Kate"),
        ("William", "Bill"),
        ("Will", "Liam"),
        ("Elizabeth", "Liz"),
        ("Margaret", "Peggy"),
        ("Richard", "Dick"),
        ("Alex", "Alexandra"),
        ("Alex", "Alejandro"),
        ("Francisco", "Paco"),
        ("José", "Pepe"),
        ("Giuseppe", "Beppe"),
        ("Johannes", "Hans"),
        ("Aleksandr", "Sasha"),
        ("Ekaterina", "Katya"),
        ("Ekaterina", "Kate"),
        ("Mikhail", "Misha"),
        ("Dmitry", "Dima"),
    ],
)
def test_nicknames_are_forms_of_one_name(a, b):
    assert same_by_nickname(a, b)
    assert same_by_nickname(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alexander", "Alexandra"),
        ("Robert", "William"),
        ("Kate", "Bob"),
        ("Samuel", "Samantha"),
        ("Mira", "Mira"),  # the same name is not a nickname of itself
        ("Mira", "Maria"),
    ],
)
def test_different_names_are_not_nicknames(a, b):
    assert not same_by_nickname(a, b)


def test_nickname_set_holds_the_name_itself_and_its_forms():
    names = nickname_set("Bob")
    assert {"bob", "robert", "rob", "bobby"} <= names
    assert "william" not in names
    assert nickname_set("Zebulon") == {"zebulon"}
    assert nickname_set("") == frozenset()


# --------------------------------------------------------------------------- companies


@pytest.mark.parametrize(
    "name",
    [
        "Acme",
        "ACME",
        "Acme Inc.",
        "Acme, Inc.",
        "Acme Incorporated",
        "Acme GmbH",
        "Acme GmbH & Co. KG",
        "Acme Ltd",
        "Acme Limited",
        "Acme LLC",
        "Acme S.A.",
        "Acme B.V.",
        "Acme Corp.",
        "Acme Corporation",
        "Acme plc",
        "Acme Pty Ltd",
        "Acme Private Limited",
        "Acme K.K.",
        "The Acme Company",
        "Ácme",
        "acme.com",
        "https://www.acme.co.uk/",
    ],
)
def test_legal_forms_and_spellings_give_one_company_key(name):
    assert company_key(name) == "acme"


def test_company_keys_keep_distinct_companies_apart():
    assert company_key("Acme Labs") != company_key("Acme")
    assert company_key("Procter & Gamble") == company_key("Procter and Gamble")
    assert company_key("J.P. Morgan") == company_key("JPMorgan")
    # A company named only by a legal word keeps it.
    assert company_key("Limited") == "limited"
    assert company_key("") == ""


@pytest.mark.parametrize(
    ("headline", "company"),
    [
        ("Engineering Manager at Acme", "Acme"),
        ("Engineering Manager at Acme Inc.", "Acme"),
        ("Staff Engineer @ Acme", "Acme"),
        ("Staff Engineer @Acme", "Acme"),
        ("Acme | Engineering Manager", "Acme"),
        ("Engineering Manager | Acme", "Acme"),
        ("Engineering Manager at Acme, building payments", "Acme"),
        ("Engineering Manager at Acme and mentor", "Acme"),
        ("Recruiter at Acme • Hiring for data roles", "Acme"),
        ("Ingenieurin bei Acme GmbH", "Acme"),
        ("Responsable technique chez Acme", "Acme"),
        ("Head of Talent - Acme", "Acme"),
    ],
)
def test_company_found_in_headline(headline, company):
    relation = company_relation(company_mentions(headline), CompanyFacts(company))
    assert relation.kind == "same"


def test_position_field_takes_the_employer_before_the_dot():
    mentions = company_mentions("", "Acme · Full-time")
    assert mentions[0].text == "Acme"
    assert mentions[0].explicit


def test_aliases_and_domains_count_as_the_company():
    acme = CompanyFacts("Acme Robotics", aliases=("Roadrunner Labs",), domains=("acmebots.io",))
    for headline in ("PM at Roadrunner Labs", "PM @ acmebots.io", "PM at Acmebots"):
        assert company_relation(company_mentions(headline), acme).kind == "same", headline


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Engineering Manager at Initech", "different"),
        ("Founder @ Initech", "different"),
        ("Ex-Acme | Engineering Manager at Initech", "former"),
        ("Former Engineering Manager at Acme", "former"),
        ("Acme alum", "former"),
        ("Product at Acme Labs", "partial"),
        ("Engineering Manager | Payments", "unknown"),
        ("", "unknown"),
    ],
)
def test_company_relation_kinds(headline, kind):
    assert company_relation(company_mentions(headline), CompanyFacts("Acme")).kind == kind


def test_no_stored_company_is_unknown():
    assert company_relation(company_mentions("PM at Acme"), None).kind == "unknown"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Engineering Manager at Acme", "Engineering Manager"),
        ("Staff Engineer @ Acme | Speaker", "Staff Engineer"),
        ("Ex-Initech | Data Scientist at Acme", "Data Scientist"),
        ("Recruiter", "Recruiter"),
        ("", ""),
    ],
)
def test_title_from_headline(headline, title):
    assert title_from_headline(headline) == title


# --------------------------------------------------------------------------- the matcher

ACME = CompanyFacts("Acme Inc.", aliases=("Acme Robotics",), domains=("acme.com",))
INITECH = CompanyFacts("Initech")


def person(contact_id, name, company=ACME, **facts):
    """A stored person at Acme unless told otherwise."""
    return PersonFacts(contact_id=contact_id, name=name, company=company, **facts)


def profile(name, headline="", company="", url=None):
    """A profile page as the extension reports it."""
    return ProfileFacts(profile_url=url, name=name, headline=headline, company=company)


def test_exact_profile_url_wins_over_everything():
    stored = [
        person(1, "Mira Okafor", profile_key=MIRA),
        person(2, "Mira Okafor"),
    ]
    seen = profile(
        "Someone Else", "Chef at Initech", url="https://de.linkedin.com/in/Mira-Okafor-4b2/"
    )
    result = match_profile(seen, stored)
    assert result.contact_id == 1
    assert result.candidates[0] == (1, 1.0, "same LinkedIn profile URL")


def test_two_rows_with_one_profile_url_are_shown_not_picked():
    stored = [person(1, "Mira Okafor", profile_key=MIRA), person(2, "M Okafor", profile_key=MIRA)]
    result = match_profile(profile("Mira Okafor", url=MIRA), stored)
    assert result.contact_id is None
    assert [c.contact_id for c in result.candidates] == [1, 2]


@pytest.mark.parametrize(
    ("seen_name", "stored_name", "preferred"),
    [
        ("Mira Okafor", "Mira Okafor", ""),
        ("MIRA OKAFOR", "mira okafor", ""),
        ("José García", "Jose Garcia", ""),
        ("Jose Garcia", "José García", ""),
        ("Mira A. Okafor", "Mira Okafor", ""),
        ("Mira Okafor", "Mira Adaeze Okafor", ""),
        ("Jane Doe, PhD 🌱", "Jane Doe", ""),
        ("Jane Doe (she/her)", "Dr. Jane Doe", ""),
        ("Bob Smith", "Robert Smith", ""),
        ("Robert Smith", "Bobby Smith", ""),
        ("Kate Lee", "Katherine Lee", ""),
        ("Bill Turner", "William Turner", ""),
        ("Liam Turner", "William Turner", ""),
        ("Sunny Park", "Min-jun Park", "Sunny"),
        ('Min-jun "Sunny" Park', "Sunny Park", ""),
        ("Jane Doe", "Jane Smith (née Doe)", ""),
        ("王 小明", "王 小明", ""),
        ("Иван Петров", "Иван Петров", ""),
    ],
)
def test_name_forms_with_the_same_company_are_confident(seen_name, stored_name, preferred):
    stored = [person(7, stored_name, preferred_name=preferred)]
    result = match_profile(profile(seen_name, "Engineering Manager at Acme"), stored)
    assert result.contact_id == 7, result.candidates
    assert result.candidates[0].score >= CONFIDENT


@pytest.mark.parametrize(
    ("headline", "company"),
    [
        ("Engineering Manager at Acme", ""),
        ("Engineering Manager @ ACME", ""),
        ("Acme | Engineering Manager", ""),
        ("Builder of things", "Acme GmbH"),
        ("Robots! | Acme Robotics", ""),
        ("Former Engineering Manager at Acme", ""),
    ],
)
def test_company_can_come_from_headline_position_or_alias(headline, company):
    result = match_profile(profile("Mira Okafor", headline, company), [person(3, "Mira Okafor")])
    assert result.contact_id == 3


def test_same_name_without_company_is_only_a_candidate():
    result = match_profile(profile("Mira Okafor"), [person(3, "Mira Okafor")])
    assert result.contact_id is None
    assert result.candidates[0].contact_id == 3
    assert 0 < result.candidates[0].score < CONFIDENT


def test_same_name_when_no_company_is_stored_is_only_a_candidate():
    stored = [person(3, "Mira Okafor", company=None)]
    result = match_profile(profile("Mira Okafor", "PM at Acme"), stored)
    assert result.contact_id is None
    assert [c.contact_id for c in result.candidates] == [3]


def test_same_name_at_another_company_is_never_confident():
    result = match_profile(profile("Mira Okafor", "PM at Initech"), [person(3, "Mira Okafor")])
    assert result.contact_id is None
    assert result.candidates[0].score < 0.5
    assert "different company" in result.candidates[0].why


def test_similar_names_at_different_companies_are_not_confused():
    stored = [
        person(1, "Jon Smith", company=ACME),
        person(2, "John Smith", company=INITECH),
        person(3, "Jonathan Smyth", company=ACME),
    ]
    at_initech = match_profile(profile("John Smith", "Engineer at Initech"), stored)
    assert at_initech.contact_id == 2
    at_acme = match_profile(profile("Jon Smith", "Engineer at Acme"), stored)
    assert at_acme.contact_id == 1
    nowhere = match_profile(profile("John Smith", "Engineer at Globex"), stored)
    assert nowhere.contact_id is None
    assert all(c.score < CONFIDENT for c in nowhere.candidates)


def test_two_people_with_one_name_at_one_company_are_shown_not_picked():
    stored = [person(1, "Mira Okafor"), person(2, "Mira Okafor")]
    result = match_profile(profile("Mira Okafor", "PM at Acme"), stored)
    assert result.contact_id is None
    assert [c.contact_id for c in result.candidates] == [1, 2]


def test_a_nickname_does_not_beat_an_exact_name_by_much_so_nobody_is_picked():
    stored = [person(1, "Katherine Lee"), person(2, "Kate Lee")]
    result = match_profile(profile("Kate Lee", "PM at Acme"), stored)
    assert result.contact_id is None
    assert result.candidates[0].contact_id == 2


@pytest.mark.parametrize(
    ("seen_name", "stored_name"),
    [
        ("Jean-Pierre Dupont", "Jean-Paul Dupont"),
        ("Alexander Novak", "Alexandra Novak"),
        ("Samuel Reyes", "Samantha Reyes"),
        ("Mira Okafor", "Nneka Okafor"),
        ("Mira Okafor", "Mira Okonkwo"),  # no title to back a married name
        ("Mary Ann Lee", "Mary Ann Smith"),
        ("Jane A. Doe", "Jane B. Doe"),
    ],
)
def test_different_people_at_one_company_are_not_picked(seen_name, stored_name):
    result = match_profile(profile(seen_name, "PM at Acme"), [person(5, stored_name)])
    assert result.contact_id is None


def test_a_different_stored_profile_url_means_someone_else():
    stored = [person(5, "Mira Okafor", profile_key="linkedin.com/in/mira-okafor-99")]
    seen = profile("Mira Okafor", "PM at Acme", url="https://www.linkedin.com/in/mira-okafor-4b2")
    result = match_profile(seen, stored)
    assert result.contact_id is None
    assert "different LinkedIn URL" in result.candidates[0].why


def test_married_name_with_same_company_and_title_is_a_candidate_never_a_match():
    stored = [person(5, "Mira Okonkwo", title="Engineering Manager")]
    seen = profile("Mira Okafor", "Engineering Manager at Acme")
    candidate = score_person(seen, stored[0])
    assert 0.5 < candidate.score < CONFIDENT
    assert "married or maiden" in candidate.why
    # Even alone: a colleague with the same given name and title is just as likely.
    result = match_profile(seen, stored)
    assert result.contact_id is None
    assert [c.contact_id for c in result.candidates] == [5]


def test_same_given_name_and_company_without_a_title_is_a_weak_candidate():
    stored = [person(5, "Mira Okonkwo", title="Recruiter")]
    candidate = score_person(profile("Mira Okafor", "Engineering Manager at Acme"), stored[0])
    assert 0 < candidate.score <= 0.5


def test_married_name_without_the_company_is_not_a_candidate():
    stored = [person(5, "Mira Okonkwo", title="Engineering Manager")]
    seen = profile("Mira Okafor", "Engineering Manager at Initech")
    assert match_profile(seen, stored).candidates == []


def test_maiden_name_added_as_a_middle_name():
    stored = [person(5, "Mira Okafor")]
    result = match_profile(profile("Mira Okafor Bell", "PM at Acme"), stored)
    assert result.contact_id == 5
    assert "share okafor" in result.candidates[0].why


def test_double_surname_written_once():
    stored = [person(5, "Ana García López")]
    result = match_profile(profile("Ana García", "PM at Acme"), stored)
    assert result.contact_id == 5
    # Only when nobody else is in view.
    crowded = [*stored, person(6, "Ana García", company=None)]
    assert match_profile(profile("Ana García", "PM at Acme"), crowded).contact_id is None


def test_initial_only_is_a_candidate_not_a_match():
    result = match_profile(profile("M. Okafor", "PM at Acme"), [person(5, "Mira Okafor")])
    assert result.contact_id is None
    assert result.candidates[0].contact_id == 5


def test_strangers_are_not_candidates():
    stored = [person(1, "Mira Okafor"), person(2, "Tomasz Wiśniewski")]
    result = match_profile(profile("Priya Raman", "PM at Acme"), stored)
    assert result == match_profile(profile("Priya Raman", "PM at Acme"), [])
    assert result.contact_id is None
    assert result.candidates == []


def test_empty_profile_matches_nobody():
    result = match_profile(ProfileFacts(), [person(1, "Mira Okafor")])
    assert result.contact_id is None
    assert result.candidates == []


def test_candidates_are_sorted_best_first_with_reasons():
    stored = [
        person(1, "Mira Okafor", company=INITECH),
        person(2, "Mira Okafor", company=None),
        person(3, "Mira Okafor"),
    ]
    result = match_profile(profile("Mira Okafor", "PM at Acme"), stored)
    assert result.contact_id == 3
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(c.why for c in result.candidates)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Jane Doe, PhD 🌱", "Jane Doe"),
        ("Dr. Jane Q. Doe (she/her)", "Jane Q. Doe"),
        ('Robert "Bob" Smith', "Robert Smith"),
        ("Doe, Jane", "Jane Doe"),
        ("🚀 Seán O’Brien MBA | Hiring", "Seán O’Brien"),
        ("Jean-Pierre Dupont ✨", "Jean-Pierre Dupont"),
        ("王小明", "王小明"),
        ("🌱", ""),
    ],
)
def test_display_name_keeps_letters_as_written(name, shown):
    assert display_name(name) == shown


def test_profile_url_for_a_key_round_trips():
    for url in (MIRA, "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-77/"):
        key = profile_key(url)
        canonical = profile_url_for(key)
        assert canonical.startswith("https://www.linkedin.com/in/")
        assert profile_key(canonical) == key
    assert profile_url_for("linkedin.com/in/josé-77") == "https://www.linkedin.com/in/jos%C3%A9-77/"
