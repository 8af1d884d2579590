"""Extraction from hiring mail: the employer, the role and the person who signed, cause by cause."""

from __future__ import annotations

import pytest

from server.engines.detect import Email, classify
from server.engines.detect.extract import (
    company_key,
    domain_label,
    extract_company,
    extract_contact,
    extract_role,
    is_board_domain,
    is_personal_mailbox,
    is_platform_domain,
    looks_like_person,
)
from server.engines.detect.extract.job_titles import _has_role_noun
from server.engines.detect.extract.label_words import label_words


def _extract(subject: str, body: str, from_name: str = "", from_email: str = ""):
    return classify(Email(subject=subject, from_name=from_name, from_email=from_email, body=body))


# --- role: where the title ends -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "We regret that your application for Maintenance Planner could not be taken further.",
            "Maintenance Planner",
        ),
        ("für Ihre Bewerbung als Lektor danken wir Ihnen herzlich.", "Lektor"),
        ("Die Stelle als Buchhalterin konnte bereits besetzt werden.", "Buchhalterin"),
        (
            "el proceso para el puesto de Técnico de Operaciones ha finalizado sin éxito.",
            "Técnico de Operaciones",
        ),
        ("Tu postulación a Analista Financiero ya fue cubierta.", "Analista Financiero"),
        ("We got your application for Research Engineer — thank you!", "Research Engineer"),
        ("Your application for Data Analyst Intern to: Not moving forward", "Data Analyst Intern"),
    ],
)
def test_a_title_ends_where_the_sentence_goes_on(body, role):
    assert extract_role("Update", [body]) == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Just a note: we have filled the Warehouse Supervisor role internally.",
            "Warehouse Supervisor",
        ),
        ("In the end we offered the Events Coordinator job to someone else.", "Events Coordinator"),
        (
            "We reviewed your application for the Account Executive, Mid-Market role.",
            "Account Executive, Mid-Market",
        ),
        (
            "Thanks for interviewing for the Product Manager, Platform role.",
            "Product Manager, Platform",
        ),
        ("Thank you for your interest in joining Coppice as a Mobile Engineer.", "Mobile Engineer"),
        (
            "Thanks for applying to be a Customer Experience Associate at Wayfinder.",
            "Customer Experience Associate",
        ),
        ("Thank you for the post of Lecturer in Chemistry interview.", "Lecturer in Chemistry"),
        ("We'd like you for the iOS Engineer role.", "iOS Engineer"),
        (
            "Thanks for applying for our Backend Engineer (Payments) opening.",
            "Backend Engineer (Payments)",
        ),
    ],
)
def test_the_title_before_a_role_word_or_after_as(body, role):
    assert extract_role("Update", [body]) == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Hi Eli, thanks for applying to be our line cook. We went another way.", "line cook"),
        (
            "thanks so much for applying to the shop assistant job! we hired someone",
            "shop assistant",
        ),
        ("Malheureusement, le poste de vendeur n'est plus disponible.", "vendeur"),
        ("Dank voor je sollicitatie als brouwer. Helaas gaan we verder met een ander.", "brouwer"),
        ("Ya cubrimos la vacante de barista, pero guardaremos tu currículum.", "barista"),
    ],
)
def test_a_lower_case_title_after_a_job_word(body, role):
    assert extract_role("Hello", [body]) == role


@pytest.mark.parametrize(
    "body",
    [
        "We have now filled the same role and will keep your details.",
        "Next up is a 45-minute interview with the team.",
        "Thanks for completing the Karat interview last week.",
        "Thank you for applying to Acme Labs; we will be in touch.",
        "I wanted to share the final interview schedule and our hiring process.",
        "The position of the office has moved to the second floor.",
    ],
)
def test_words_that_are_not_a_title_are_no_role(body):
    assert extract_role("Hello", [body]) is None


def test_a_subject_part_that_is_not_a_title_is_no_role():
    """The old extractor read "minimum" from this subject."""
    assert extract_role("Your application - minimum requirements", ["Dear Applicant,"]) is None


# --- role: trimming ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        ("Your application for Senior Data Engineer at Acme", "Thanks.", "Senior Data Engineer"),
        ("Re: Senior iOS Engineer - Mintleaf", "Thanks for your time.", "Senior iOS Engineer"),
        (
            "Update",
            "Thank you for your interest in the Backend Engineer (Remote) position.",
            "Backend Engineer",
        ),
        (
            "Update",
            "Your application for Req #55210 - Electrical Engineer was reviewed.",
            "Electrical Engineer",
        ),
        (
            "Update",
            "We have filled the Respiratory Therapist position (Req 22817).",
            "Respiratory Therapist",
        ),
        ("Ihre Bewerbung als Data Scientist (m/w/d)", "Vielen Dank.", "Data Scientist"),
        ("Position: 2300451 - Supply Chain Planner", "Dear Kevin,", "Supply Chain Planner"),
        ("Re: Sollicitatie Data Engineer", "Hoi Joost,", "Data Engineer"),
        ("Re: CV - Junior Accountant", "Dear Mr Nwosu,", "Junior Accountant"),
        ("Your Application - Graduate Scheme 2025", "Dear Tobias,", "Graduate Scheme"),
        ("Application outcome", "RE: DECK OFFICER - APPLICATION OUTCOME", "Deck Officer"),
        (
            "Update",
            "THANK YOU FOR APPLYING FOR THE POSITION OF HEAVY DIESEL FITTER.",
            "Heavy Diesel Fitter",
        ),
        (
            "Update",
            "Thank you for applying for the Flight Planner role, Job Number 240331.",
            "Flight Planner",
        ),
    ],
)
def test_role_is_trimmed_of_employer_references_tags_and_years(subject, body, role):
    assert extract_role(subject, [body], "Mintleaf") == role


def test_the_employer_before_the_title_is_not_part_of_it():
    body = ["Thank you for applying to the Orbis Consulting Group Analyst Program."]
    assert extract_role("Your application", body, "Orbis Consulting Group") == "Analyst Program"
    body = ["Thanks a million for applying to be Fable & Co's Marketing Intern."]
    assert extract_role("We've made a decision", body, "Fable & Co") == "Marketing Intern"


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Votre candidature",
            "Suite à votre candidature au poste de Chargée de communication et vous en remercions.",
            "Chargée de communication",
        ),
        ("Votre candidature - Technicien de maintenance", "Bonjour,", "Technicien de maintenance"),
        (
            "Tu candidatura",
            "Gracias por tu interés en su candidatura para el puesto de Analista de Datos.",
            "Analista de Datos",
        ),
        (
            "Je sollicitatie",
            "Bedankt voor je sollicitatie voor de functie van Marketing Manager.",
            "Marketing Manager",
        ),
        (
            "Ihre Bewerbung",
            "vielen Dank für Ihre Bewerbung auf die Stelle Elektroniker für Betriebstechnik.",
            "Elektroniker für Betriebstechnik",
        ),
        ("Bewerbung Pflegefachkraft", "Sehr geehrte Frau Novak,", "Pflegefachkraft"),
        ("Sollicitatie Verkoopmedewerker", "Hoi Kees,", "Verkoopmedewerker"),
    ],
)
def test_role_in_german_french_spanish_and_dutch(subject, body, role):
    assert extract_role(subject, [body]) == role


def test_a_longer_spelling_of_the_same_title_wins():
    subject = "Re: the Librarian post"
    body = ["Thank you for your application for the post of Community Librarian."]
    assert extract_role(subject, body) == "Community Librarian"


def test_a_board_job_line_gives_role_and_employer():
    body = (
        "Application status: Not selected by employer\n\nData Analyst — Cobble Insights\n\n"
        "The employer has reviewed your application and decided not to move forward."
    )
    result = _extract("Status update on your application", body, "Indeed", "indeedapply@indeed.com")
    assert result.company == "Cobble Insights"
    assert result.role == "Data Analyst"


def test_a_signers_own_title_is_not_the_role():
    body = [
        "Thank you for your interest in the above vacancy. We have now appointed to this post.",
        "",
        "Kind regards",
        "HR Officer",
        "Ashgrove Academy Trust",
    ]
    assert extract_role("Vacancy Ref 2207 - Finance Officer", body, "Ashgrove Academy Trust") == (
        "Finance Officer"
    )


# --- company ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_name", "from_email", "company"),
    [
        ("Talent Acquisition | Norvik", "donotreply@norvik.com", "Norvik"),
        ("Stadtbibliothek Lindau", "personal@lindau.example", "Stadtbibliothek Lindau"),
        ("Brouwerij de Gouden Leeuw", "hr@goudenleeuw.example", "Brouwerij de Gouden Leeuw"),
        ("Aurora Recruiting", "recruiting@auroraanalytics.com", "Aurora Analytics"),
        ("Service Recrutement Altéa", "recrutement@altea-conseil.fr", "Altéa Conseil"),
        ("Equipo de Talento Ondas", "talento@ondas.es", "Ondas"),
    ],
)
def test_company_from_a_display_name(from_name, from_email, company):
    body = ["Thank you for applying. We have decided to move forward with other candidates."]
    assert extract_company("Your application", from_name, from_email, body) == company


def test_a_team_alone_names_no_employer():
    body = ["Thanks for applying; we will not move forward."]
    assert extract_company("Update", "Talent Team", "talent@nimbusworks.com", body) == "Nimbusworks"


def test_the_mail_spells_the_domain_with_its_closing_word():
    body = [
        "Thank you for taking part in our selection process. I'm sorry to say we won't be "
        "offering you the role.",
        "",
        "With best wishes,",
        "Grace Oyelaran",
        "Plinth Foundation",
    ]
    assert extract_company("Thank you", "Grace Oyelaran", "grace@plinth.org", body) == (
        "Plinth Foundation"
    )


def test_a_word_domain_ending_names_the_company_the_mail_never_spells():
    body = ["Thanks for your patience. We've now extended an offer to another candidate."]
    assert extract_company("Following up", "Priya Nair", "priya.nair@coastline.health", body) == (
        "Coastline Health"
    )


def test_a_recruitment_agency_writes_about_its_client():
    body = ["Hi Amir,", "", "Calder Bank have told me the Treasury Analyst role is on hold."]
    company = extract_company(
        "Role on hold", "Violet Rhodes", "violet@brightpathrecruiting.com", body
    )
    assert company == "Calder Bank"


def test_a_calendar_service_is_not_the_employer():
    body = ["Final interview", "Tuesday 3pm - 4pm", "Join with Google Meet"]
    company = extract_company(
        "Invitation: Final interview @ Tue 3pm",
        "Google Calendar",
        "calendar-notification@google.com",
        body,
    )
    assert company != "Google" and company != "Google Calendar"


@pytest.mark.parametrize(
    ("with_suffix", "without"),
    [
        ("Okafor & Lee LLP", "Okafor & Lee"),
        ("Rossi Costruzioni S.r.l.", "Rossi Costruzioni"),
        ("Bianchi SpA", "Bianchi"),
        ("Harbor Partners LP", "Harbor Partners"),
    ],
)
def test_legal_forms_do_not_make_another_company(with_suffix, without):
    assert company_key(with_suffix) == company_key(without)


# --- contact ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "contact"),
    [
        (
            "Gus",
            "gus@peakmotors.com",
            "Hey Ryan, appreciate you coming in. We're gonna pass for now. All the best, Gus",
            "Gus",
        ),
        (
            "Rick",
            "rick@bluepinecpa.com",
            "Hi Nina, sorry, we went a different way on this one. Thanks for your time though."
            " Rick",
            "Rick",
        ),
        (
            "Patel's Pharmacy",
            "jobs@patelspharmacy.co.uk",
            "Hello Daniel, "
            + "thanks for applying and for your time on the phone. " * 6
            + "Best of luck, Nikhil",
            "Nikhil",
        ),
        (
            "Tony",
            "tony@sharpcuts.example",
            "Alright Dean, we've given the chair to another barber.",
            "Tony",
        ),
        ("Lisa at Canopy", "lisa@canopy.health", "Thanks again, and best of luck!\nLisa", "Lisa"),
        (
            "Beatriz Souza",
            "bea@solarisdesign.example",
            "We won't proceed, sorry.\nBea",
            "Beatriz Souza",
        ),
    ],
)
def test_the_signer_of_a_short_note(from_name, from_email, body, contact):
    assert extract_contact(from_name, from_email, body.split("\n")) == contact


@pytest.mark.parametrize(
    ("lines", "contact"),
    [
        (
            ["We have decided not to proceed.", "", "Mit freundlichen Grüßen", "Dr. Petra Ulrich"],
            "Petra Ulrich",
        ),
        (
            ["We have offered the post to another applicant.", "", "Mrs J. Patel", "Headteacher"],
            "J. Patel",
        ),
        (
            [
                "I'll have to say no this time.",
                "",
                "Keith Marsh",
                "Director",
                "Marsh Construction Ltd",
                "Tel 01632 960123",
            ],
            "Keith Marsh",
        ),
        (
            ["We have given the job to someone local.", "", "Margaret", "Meadowbank Farms"],
            "Margaret",
        ),
        (
            [
                "Thank you for your interest.",
                "",
                "With best regards,",
                "Anita Rao",
                "Laurel Search Partners",
            ],
            "Anita Rao",
        ),
    ],
)
def test_the_signer_under_a_closing_or_above_a_title(lines, contact):
    assert extract_contact("Meadowbank Farms", "office@meadowbankfarms.com", lines) == contact


def test_a_display_honorific_is_dropped():
    lines = ["Thank you for coming in this morning. We offered the job to someone else."]
    assert extract_contact("Dr Amy Fox", "amy@foxvets.co.uk", lines) == "Amy Fox"


def test_a_company_line_at_the_end_is_not_a_person():
    lines = ["We received your application and will be in touch.", "", "Wavecrest Semiconductor"]
    contact = extract_contact(
        "Wavecrest University Recruiting", "university@wavecrestsemi.com", lines
    )
    assert contact is None


def test_an_employer_display_name_is_not_a_person():
    lines = ["Nous vous remercions pour votre candidature."]
    assert extract_contact("Usines Carpentier", "rh@usines-carpentier.fr", lines) is None


def test_the_quoted_message_below_is_not_signed_by_the_sender():
    lines = [
        "Hi Omar,",
        "",
        "They won't be moving forward, I'm afraid.",
        "",
        "Natalie",
        "",
        "---- On Tue, 4 Mar, Omar Haddad wrote ----",
        "Hi Natalie, any news? Thanks, Omar",
    ]
    assert extract_contact("Natalie Broom", "natalie.broom@kingsway-partners.com", lines) == (
        "Natalie Broom"
    )


def test_a_signature_title_is_not_the_signer():
    lines = [
        "Please accept our thanks.",
        "",
        "Mr. A. Langford",
        "Headteacher",
        "St Brigid's Primary School",
    ]
    assert extract_contact("Mr. Langford", "langford@stbrigids.school", lines) == "A. Langford"


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "the " * 50_000,
        "Senior " * 50_000,
        "application for " * 20_000,
        ("a" * 5000 + " ") * 40,
        "Best, " + "Aaaa " * 40_000,
        "poste de " * 20_000,
    ],
)
def test_adversarial_bodies_come_back(body):
    """Runs to the end in linear time or the suite would hang; no time is asserted."""
    lines = body.split("\n")
    extract_role("Update", lines)
    extract_company("Update", "", "jobs@example.com", lines)
    extract_contact("", "jobs@example.com", lines)


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "company"),
    [
        (
            "Dover on behalf of Quill",
            "no-reply@dover.example",
            "The founders reviewed your profile and decided to pass.\n\nDover, on behalf of Quill",
            "Quill",
        ),
        (
            "Ardent Trust Bank Internal Comms",
            "comms@ardenttrust.example",
            "Please welcome our new Head of Compliance.",
            "Ardent Trust Bank",
        ),
        (
            "Mrs J. Fairbanks",
            "office@st-aldhelms.sch.uk",
            "Thank you for applying to St Aldhelm's Primary. We have appointed another candidate.",
            "St Aldhelm's Primary",
        ),
        (
            "Violet Rhodes",
            "violet@brightpathrecruiting.com",
            "Calder Bank would like to interview you on Tuesday at 2pm or Wednesday at 11am.",
            "Calder Bank",
        ),
    ],
)
def test_company_behind_a_sender_service_or_school_domain(from_name, from_email, body, company):
    assert extract_company("Update", from_name, from_email, body.split("\n")) == company


def test_a_time_of_day_is_not_a_company():
    body = ["Acme has offered two slots: Tuesday at 2pm or Wednesday at 11am."]
    assert extract_company("Slots", "Violet Rhodes", "violet@brightpathrecruiting.com", body) == (
        "Acme"
    )


def test_a_leading_article_does_not_make_another_company():
    assert company_key("The Cork Room") == company_key("Cork Room")
    assert company_key("The") == "the"


@pytest.mark.parametrize(
    ("from_name", "from_email"),
    [("Careers", "careers@acme.com"), ("Info", "info@acme.com"), ("Jobs", "jobs@acme.com")],
)
def test_a_shared_mailbox_name_is_not_a_person(from_name, from_email):
    lines = ["Thank you for applying. We will not be moving forward."]
    assert extract_contact(from_name, from_email, lines) is None


def test_a_footer_link_above_the_company_is_not_a_signer():
    lines = ["We will not be moving forward.", "", "Unsubscribe", "Acme Inc"]
    assert extract_contact("Acme Careers", "no-reply@acme.com", lines) is None


def test_a_first_name_inside_a_paragraph_is_not_a_signer():
    lines = ["We will not be moving forward with", "Margaret", "Meadowbank Farms"]
    assert extract_contact("Meadowbank Farms", "office@meadowbankfarms.com", lines) is None


def test_the_interviewer_is_not_the_role():
    body = ["Your Hiring Manager interview is confirmed for Tuesday."]
    assert extract_role("Interview confirmed", body) is None


def test_a_title_wrapped_across_two_lines_is_read_whole():
    body = [
        "Thanks so much for taking the time to speak with the team last week. Sadly, we have",
        "decided to move forward with other candidates for the Staff Platform",
        "Engineer role.",
    ]
    assert extract_role("Re: Next steps", body, "Figma") == "Staff Platform Engineer"


def test_the_senders_own_title_line_is_not_the_role():
    body = [
        "Thanks for your time. We have decided not to move forward.",
        "",
        "Cheers,",
        "Laura",
        "",
        "Laura Chen | Technical Recruiter | Figma",
    ]
    assert extract_role("Re: Next steps", body, "Figma") is None


def test_a_board_title_above_the_employer_line():
    body = ["Your application was viewed by Datadog", "", "Site Reliability Engineer"]
    body += ["Datadog · New York, NY", "", "Applied 3 days ago"]
    assert extract_role("Your application was viewed", body, "Datadog") == (
        "Site Reliability Engineer"
    )


def test_an_agencys_own_signature_is_not_the_employer():
    body = [
        "Hi Sophie,",
        "",
        "Hollis & Crane have decided to go with another candidate.",
        "",
        "Mark Devlin | Senior Consultant, Finance & Accounting",
        "Brightwater Recruitment",
    ]
    company = extract_company(
        "Following up", "Mark Devlin", "mark@brightwaterrecruitment.co.uk", body
    )
    assert company == "Hollis & Crane"


def test_a_french_team_signature_names_no_employer():
    body = ["Nous ne pouvons pas donner une suite favorable.", "", "Cordialement,"]
    body += ["L'équipe Recrutement"]
    assert extract_company("Votre candidature", "Recrutement", "rh@gmail.com", body) is None


@pytest.mark.parametrize(
    ("from_name", "from_email", "lines", "contact"),
    [
        (
            "Grünwerk Architekten",
            "buero@gruenwerk.example",
            ["Wir haben uns anders entschieden.", "", "Liebe Grüße", "Anna vom Grünwerk"],
            "Anna",
        ),
        (
            "Café Lumière",
            "hello@cafelumiere.example",
            ["Salut Zoé,", "", "On a déjà complété l'équipe pour l'été, désolée.", "", "Manon"],
            "Manon",
        ),
        (
            "Kyle Carpentry",
            "office@kylecarpentry.example",
            [
                "Hi Jo,",
                "",
                "We filled the carpenter role, so nothing doing at the moment.",
                "",
                "Mark",
            ],
            "Mark",
        ),
        (
            "Dominic Hale",
            "dom@thelarder.example",
            ["Hi Rafael,", "", "We've offered the head chef job to someone else.", "", "Dom"],
            "Dominic Hale",
        ),
    ],
)
def test_a_lone_first_name_signs_a_personal_note(from_name, from_email, lines, contact):
    assert extract_contact(from_name, from_email, lines) == contact


@pytest.mark.parametrize(
    ("from_name", "from_email", "lines"),
    [
        (
            "Greg Holt",
            "greg.holt@example.com",
            ["Pete, wanted to let you know personally - we went with the other finalist."],
        ),
        ("Stripe", "jobs@stripe.com", ["We will not be moving forward.", "", "Stripe"]),
        ("Acme", "no-reply@acme.com", ["We will not be moving forward.", "", "Marta"]),
    ],
)
def test_a_recipient_or_an_employer_is_not_the_signer(from_name, from_email, lines):
    assert extract_contact(from_name, from_email, lines) in (None, from_name)


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "company"),
    [
        (
            "Stonebridge Talent",
            "no-reply@ashbyhq.com",
            "Thanks for your interest in Stonebridge Analytics. We will not move forward.",
            "Stonebridge Analytics",
        ),
        ("Gemma Ward", "gemma.ward@lindenpeople.com", "We will not move forward.", "Linden"),
        ("Praxis Dr. Weber", "praxis@drweber.de", "Leider müssen wir absagen.", "Praxis Dr. Weber"),
    ],
)
def test_company_from_an_ats_display_a_careers_domain_or_a_practice_mailbox(
    from_name, from_email, body, company
):
    assert extract_company("Update", from_name, from_email, [body]) == company


def test_a_joining_word_does_not_end_an_employer_name():
    body = ["I've heard back from Stackwise and sadly they won't be progressing your application."]
    company = extract_company("Update", "Priya Nair", "priya.nair@harbourtalent.com", body)
    assert company == "Stackwise"


def test_a_team_signature_alone_names_no_employer():
    body = ["We will not be moving your application forward.", "", "Talent Team"]
    assert extract_company("Update", "Talent Team", "talent@nimbusworks.com", body) != "Talent"


# --- round two: causes found on unseen mail ---------------------------------------------------


def _company(from_name: str, from_email: str, body: str, subject: str = "Update") -> str | None:
    return extract_company(subject, from_name, from_email, body.split("\n"))


@pytest.mark.parametrize(
    ("from_name", "from_email", "company"),
    [
        ("Bouwbedrijf Lindeman", "p&o@lindemanbouw.nl", "Bouwbedrijf Lindeman"),
        ("Stadt Obernau", "personal@obernau.de", "Stadt Obernau"),
        ("Brandt Maschinenbau", "brandt@jobs.personio.de", "Brandt Maschinenbau"),
        ("Advocatenkantoor Meijer", "werving@meijer-advocaten.nl", "Advocatenkantoor Meijer"),
        ("Hôtel Les Dunes", "direction@lesdunes.fr", "Hôtel Les Dunes"),
        ("Harwell Credit Union", "harwellcu@ashbyhq.com", "Harwell Credit Union"),
    ],
)
def test_a_display_name_with_a_kind_of_employer_is_not_a_person(from_name, from_email, company):
    assert _company(from_name, from_email, "Leider können wir Ihnen keine Zusage geben.") == company


@pytest.mark.parametrize("name", ["Le Minh Anh", "El Amrani Youssef", "Jorinde van Dam"])
def test_surnames_that_begin_like_an_article_are_still_people(name):
    assert looks_like_person(name)


def test_a_display_name_that_starts_with_the_is_a_business():
    assert not looks_like_person("The Copper Kettle")
    body = "Hi Sam,\n\nWe've filled the weekend shifts, sorry!\n\nMaggie\nThe Copper Kettle"
    found = _company("The Copper Kettle", "thecopperkettle@gmail.com", body)
    assert company_key(found) == company_key("The Copper Kettle")


@pytest.mark.parametrize(
    ("from_name", "from_email"),
    [
        ("Inês Duarte", "ines.duarte@hotmail.es"),
        ("Marek Sobczak", "marek.sobczak@gmx.at"),
        ("Lotte Verbeek", "lotte.verbeek@outlook.nl"),
    ],
)
def test_a_personal_mailbox_on_a_country_domain_names_no_employer(from_name, from_email):
    body = "Thanks for letting me know. I'd still love to hear about future openings.\n\nBest"
    assert _company(from_name, from_email, body, "Re: Store Assistant") is None


@pytest.mark.parametrize(
    ("from_name", "from_email", "company"),
    [
        ("Panadería Sol", "panaderiasol@gmail.com", "Panadería Sol"),
        ("Ottie's Bar", "ottiesbar@yahoo.co.uk", "Ottie's Bar"),
    ],
)
def test_a_business_writing_from_a_personal_mailbox_is_the_employer(from_name, from_email, company):
    assert _company(from_name, from_email, "Ya hemos cubierto el puesto, lo siento.") == company


def test_a_domain_spelled_with_an_article_in_the_signature():
    body = "Hi Jo,\n\nWe've taken someone on for the bar, sorry.\n\nRuth\nThe Crossed Keys"
    found = _company("Ruth Abara", "ruth@thecrossedkeys.co.uk", body)
    assert company_key(found) == company_key("The Crossed Keys")


def test_a_board_on_a_country_domain_relays_the_employer():
    body = (
        "Your application for Receptionist at Larkfield Dental was not selected by the "
        "employer.\n\nSee similar jobs near Leeds."
    )
    assert _company("Indeed", "noreply@indeed.co.uk", body) == "Larkfield Dental"


def test_an_ats_on_a_country_domain_names_its_tenant_as_the_mail_spells_it():
    body = (
        "Nous vous remercions de l'intérêt que vous portez à Lumen Paie.\n\nNous avons le "
        "regret de vous annoncer que votre candidature n'a pas été retenue."
    )
    assert _company("Service RH", "lumenpaie@talentsoft.fr", body) == "Lumen Paie"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Bonne nouvelle : Atelier Vasseur a consulté votre candidature pour le poste de "
            "Stagiaire Logistique.",
            "Atelier Vasseur",
        ),
        (
            "Malheureusement, Atelier Brume n'a pas retenu votre candidature pour ce poste.",
            "Atelier Brume",
        ),
        (
            "Goed nieuws! Drukkerij Smeets heeft je sollicitatie voor Stagiair bekeken.",
            "Drukkerij Smeets",
        ),
        ("Buenas noticias: Ópticas Lumbre ha revisado tu candidatura para Dependiente.", None),
    ],
)
def test_a_relay_names_the_employer_in_french_dutch_and_spanish(body, company):
    found = _company("Welcome to the Jungle", "noreply@welcometothejungle.fr", body)
    if company:
        assert found == company
    assert found is not None
    assert not _has_role_noun(found)  # never the job title ("Stagiaire Logistique")


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "company"),
    [
        (
            "Dorota Kwiatek",
            "dorota.kwiatek@millbrook.org.uk",
            "It's a no from us this time.\n\nDorota Kwiatek\nHead of Finance, Millbrook Housing",
            "Millbrook Housing",
        ),
        (
            "Sami Okafor",
            "sami@ashgrovevet.com",
            "We've decided you're not the right fit.\n\nSami\nAshgrove Veterinary Practice",
            "Ashgrove Veterinary Practice",
        ),
    ],
)
def test_the_signature_gives_the_fuller_name_of_the_senders_domain(
    from_name, from_email, body, company
):
    assert _company(from_name, from_email, body) == company


def test_a_signature_name_that_the_domain_does_not_spell_is_not_taken():
    body = "We've gone with another candidate.\n\nTom\nBrightside Clinic"
    assert _company("Tom Reyes", "tom@northfieldrecruit.com", body) != "Brightside Clinic"


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Réponse",
            "Merci pour votre candidature au poste d'agent d'entretien. Nous avons retenu un "
            "autre profil.",
            "agent d'entretien",
        ),
        (
            "Votre candidature au poste de vendeur",
            "Le poste de vendeur saisonnier a déjà été attribué.",
            "vendeur saisonnier",
        ),
        (
            "Suite de votre candidature",
            "Vous avez postulé au poste de chef d'équipe logistique et nous vous en remercions.",
            "chef d'équipe logistique",
        ),
    ],
)
def test_a_french_lower_case_title_keeps_its_complement(subject, body, role):
    assert extract_role(subject, body.split("\n")) == role


@pytest.mark.parametrize(
    "body",
    [
        "Wij hebben je sollicitatie ontvangen en laten snel iets horen.",
        "Nous avons finalisé notre recrutement pour ce poste et nous ne pourrons pas donner suite.",
        "Elena ha sido nombrada directora. El puesto queda así cubierto.",
        "We're unable to invite you to the next stage of our process.",
        "We can't invite you to the next stage until you complete the form.",
    ],
)
def test_a_job_word_without_de_or_an_english_stage_names_no_role(body):
    assert extract_role("Update", [body]) is None


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Congratulations on reaching the final stage of the Graduate Surveyor Programme.",
            "Graduate Surveyor Programme",
        ),
        ("Thank you for applying for the Technical Program Manager role.", None),
    ],
)
def test_a_capitalised_programme_is_the_title_itself(body, role):
    found = extract_role("Update", [body])
    assert found == (role or "Technical Program Manager")


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        ("Stelle besetzt", "vielen Dank für Ihre Bewerbung als MFA in Teilzeit.", "MFA"),
        ("Re: Paralegal Application", "Thank you for attending an interview.", "Paralegal"),
        ("Terugkoppeling sollicitatie Data Analist", "Bedankt voor het gesprek.", "Data Analist"),
        (
            "Sollicitatie Commercieel medewerker",
            "Helaas gaan wij niet verder.",
            "Commercieel medewerker",
        ),
    ],
)
def test_terms_of_employment_and_subject_words_are_not_the_title(subject, body, role):
    assert extract_role(subject, [body]) == role


@pytest.mark.parametrize(
    ("from_name", "from_email", "company"),
    [
        ("Orrin Capital Campus", "campus@orrincapital.com", "Orrin Capital"),
        ("University of Wexmoor Admissions", "admissions@wexmoor.ac.uk", "University of Wexmoor"),
        ("Tandler Optik Karriereportal", "karriere@tandler-optik.de", "Tandler Optik"),
        ("Calloway Insurance Referrals", "referrals@callowayinsurance.com", "Calloway Insurance"),
    ],
)
def test_a_mailbox_word_after_the_employer_is_not_part_of_its_name(from_name, from_email, company):
    assert _company(from_name, from_email, "We will not be taking this further.") == company


def test_an_agency_domain_is_split_at_its_trade_word():
    body = "The client has put the role on hold. I'll keep you posted.\n\nSophie"
    assert _company("Sophie Brennan", "sophie@ridgelinesearch.com", body) == "Ridgeline Search"


def test_an_employer_line_under_a_title_line_gives_the_domains_fuller_name():
    body = (
        "We've offered the post to someone else.\n\nKind regards,\nHarriet\n\nHarriet Moss\n"
        "Client Director\nMoss & Field Events | Bristol"
    )
    assert _company("Harriet Moss", "harriet@mossandfield.com", body) == "Moss & Field Events"


@pytest.mark.parametrize(
    ("from_name", "from_email", "lines", "contact"),
    [
        (
            "Nexolia",
            "jobs@nexolia.fr",
            ["Le processus est clos.", "", "Camille, RH Nexolia"],
            "Camille",
        ),
        (
            "Brasserie du Quai",
            "contact@brasserieduquai.fr",
            ["Bonne continuation,", "Marc, Brasserie du Quai"],
            "Marc",
        ),
        (
            "Association Ciel",
            "rh@asso-ciel.fr",
            ["Belle suite à vous,", "Nadia, directrice"],
            "Nadia",
        ),
        ("Boulangerie Roux", "contact@boulangerie-roux.fr", ["Bonne chance,", "Mme Roux"], "Roux"),
        (
            "The Tin Whistle",
            "thetinwhistle@gmail.com",
            ["Good luck with it,", "Tess", "The Tin Whistle"],
            "Tess",
        ),
        ("Estudio Malva", "hola@estudiomalva.es", ["Mucho ánimo,", "Bea", "Estudio Malva"], "Bea"),
    ],
)
def test_a_first_name_signed_with_who_they_are_or_after_a_wish(
    from_name, from_email, lines, contact
):
    assert extract_contact(from_name, from_email, lines) == contact


def test_a_spanish_title_under_the_name_is_not_the_signer():
    lines = [
        "Ha sido una decisión ajustada.",
        "",
        "Te deseo lo mejor,",
        "Marta Galindo",
        "Responsable de Operaciones, Logisur",
    ]
    assert extract_contact("Marta Galindo", "marta.galindo@logisur.es", lines) == "Marta Galindo"


@pytest.mark.parametrize(
    ("from_name", "from_email", "lines"),
    [
        ("Finvaart", "finvaart@recruitee.com", ["We gaan niet verder.", "", "Team Finvaart"]),
        (
            "Studio Lila",
            "bonjour@lila.fr",
            ["On a choisi quelqu'un d'autre.", "À bientôt !", "Lila"],
        ),
        ("Alina Popescu", "alina@cirruspay.com", ["Great, Thursday at 10 works. I'll send it."]),
        (
            "Fenwick Rail",
            "no-reply@fenwickrail.co.uk",
            ["Thank you for your interest.", "", "Resourcing"],
        ),
    ],
)
def test_an_employer_a_tenant_or_a_sentence_is_not_the_signer(from_name, from_email, lines):
    assert extract_contact(from_name, from_email, lines) in (None, "Alina Popescu")


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Thank you for applying to Requisition 25-1107, Treasury Analyst - Payments.",
            "Treasury Analyst - Payments",
        ),
        ("The Logistics Planner role at Brookfold has now been filled.", "Logistics Planner"),
        ("Thanks for applying for Night Fill Colleague at store #118.", "Night Fill Colleague"),
        (
            "für Ihre Bewerbung um die Stelle einer Sachbearbeiterin im Ordnungsamt danken wir.",
            "Sachbearbeiterin im Ordnungsamt",
        ),
        (
            "Gracias por presentar tu candidatura para conductor de furgoneta. Lamentablemente no.",
            "conductor de furgoneta",
        ),
    ],
)
def test_requisitions_sentence_openers_and_more_job_nouns(body, role):
    assert extract_role("Update", [body]) == role


def test_an_agency_writing_under_its_own_name_relays_its_client():
    body = (
        "I've just spoken to the hiring manager at Larchmont Foods about the Buyer role. "
        "They've decided to go with someone else.\n\nBen Marsh\nRidgeway Search"
    )
    assert _company("Ridgeway Search", "ben@ridgewaysearch.com", body) == "Larchmont Foods"


def test_a_relay_names_a_business_with_an_article_but_never_a_role():
    body = "The job you viewed, Kitchen Porter at The Tide Mill, has expired."
    assert company_key(_company("Indeed", "noreply@indeed.com", body)) == "tide mill"
    body = "Our client has concluded the search for their Head of Sales and has appointed."
    assert _company("Helen Park", "helen@ashcombesearch.com", body) != "Head of Sales"


def test_an_ats_display_name_with_via_in_brackets():
    body = "Thank you for applying. We decided to proceed with other candidates."
    assert _company("Pellicot (via Workable)", "noreply@workablemail.com", body) == "Pellicot"


def test_a_requisition_number_without_a_separator_before_the_title():
    body = ["We will not proceed with your application for Req #R-2231 Financial Analyst II."]
    assert extract_role("Update", body) == "Financial Analyst II"


def test_a_business_signing_under_a_name_from_a_personal_mailbox():
    lines = ["Sorry, we've given the sous chef job to someone else.", "Dario", "Osteria Lume"]
    assert extract_company("Re: Sous Chef", "Dario Russo", "dario.russo@gmail.com", lines) == (
        "Osteria Lume"
    )
    assert extract_contact("Dario Russo", "dario.russo@gmail.com", lines) == "Dario Russo"


def test_an_agency_relay_does_not_take_the_cv_for_the_client():
    body = "The client has reviewed your CV and has decided not to progress your application."
    assert _company("Talentbridge", "noreply@talentbridge.jobs", body) != "CV"


def test_an_acronym_in_the_body_is_spelled_out_by_the_subject():
    body = ["Other applicants were a closer match for what we need in this BDR role."]
    subject = "Your candidacy - Business Development Representative"
    assert extract_role(subject, body) == "Business Development Representative"
    assert extract_role("Your candidacy", body) == "BDR"


def test_a_boards_employer_line_under_the_title_line():
    body = (
        "Application submitted\n\nWarehouse Team Leader\nHalden Freight - Leeds, West Yorkshire\n\n"
        "The employer may contact you by email."
    )
    assert _company("Indeed", "indeedapply@indeed.com", body) == "Halden Freight"


def test_the_employer_after_an_onsite_with():
    body = "Hi Gemma,\n\nYour onsite with Lattice Quay is confirmed for Tuesday.\n\nAlicia Chen"
    assert _company("Alicia Chen", "notifications@ashbyhq.com", body) == "Lattice Quay"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Thank you for your application for a Training Contract starting in 2028.",
            "Training Contract",
        ),
        ("Thank you for applying for our Vacation Scheme this summer.", "Vacation Scheme"),
    ],
)
def test_the_entry_routes_of_law_firms_are_roles(body, role):
    assert extract_role("Update", [body]) == role


# --- round three: unseen mail -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("hollisarchitects", "Hollis Architects"),  # a kind of business ends the name
        ("sagepr", "Sage PR"),
        ("trattoriacapri", "Trattoria Capri"),  # or begins it
        ("finchandsons", "Finch & Sons"),
        ("marshandco", "Marsh & Co"),
        ("wickandwillow", "Wick & Willow"),
        ("thecrookedspoon", "The Crooked Spoon"),  # two everyday words after "the"
        ("stannesschool", "St Anne's School"),  # a saint's school takes the possessive
        ("moorlandbakery", "Moorland Bakery"),  # "-land" is no "and"
        ("thorncastle", "Thorncastle"),  # a closed-up brand stays whole
        ("quillstack", "Quillstack"),
        ("emberpay", "Emberpay"),  # start-ups close up "pay", "data", "works"
        ("vertexcorp", "Vertex Corp"),
        ("thehutgroup", "The Hut Group"),
        ("thermofisher", "Thermofisher"),  # "the" that is no article
        ("theoremlabs", "Theorem Labs"),
        ("thewandermag", "Thewandermag"),  # nothing splits after "the": left whole
        ("demandbase", "Demandbase"),  # "-and" inside a word
        ("thousandeyes", "Thousandeyes"),
    ],
)
def test_a_joined_domain_label_is_read_back_as_words(label, name):
    assert label_words(label) == name


def test_a_joined_domain_names_the_company_a_short_note_never_spells():
    body = ["Hi Sam, we've offered the office manager job to someone else. Sorry! Isla"]
    company = extract_company("Re: Office Manager", "Isla Ward", "isla@hollisarchitects.com", body)
    assert company == "Hollis Architects"
    company = extract_company("Re: Researcher", "Nia Bell", "n.bell@uni-westbury.ac.uk", body)
    assert company == "University of Westbury"


@pytest.mark.parametrize(
    ("from_email", "body", "company"),
    [
        # the domain spells the whole name
        ("tom@larkpeople.com", "They went with someone else.\n\nTom\nLark People", "Lark People"),
        # an agency's domain
        (
            "tom@copperfieldagency.co.uk",
            "They went with someone else.\n\nTom\nCopperfield Recruitment",
            "Copperfield Recruitment",
        ),
        # a recruiter who speaks of the client
        (
            "tom@moorhire.com",
            "The client has gone with someone else.\n\nTom\nMoor Talent",
            "Moor Talent",
        ),
        # an employer's own recruiting team
        ("tom@acmefoods.com", "We went with someone else.\n\nTom\nAcme Recruitment", "Acme"),
    ],
)
def test_an_agencys_signed_name_keeps_its_agency_word(from_email, body, company):
    assert _company("Tom Price", from_email, body) == company


def test_an_employer_field_names_the_employer():
    body = (
        "Application reference: 4471\nVacancy: Ward Clerk, Ward 3\n"
        "Employer: Westfold Community Hospitals NHS Trust\n\n"
        "Unfortunately you have not been shortlisted."
    )
    assert _company("NHS Jobs", "noreply@jobs.nhs.uk", body) == (
        "Westfold Community Hospitals NHS Trust"
    )


def test_a_boards_vacancy_field_names_the_organisation_after_the_title():
    body = (
        "Vacancy: Data Officer, Office for Coastal Planning (ref 55120)\n\n"
        "We regret that your application has not been successful."
    )
    sender = "noreply@civilservicejobs.service.gov.uk"
    assert _company("Civil Service Jobs", sender, body) == "Office for Coastal Planning"


def test_an_ats_mail_names_the_employer_after_the_title():
    body = (
        "There's an update to your application for Warehouse Supervisor at Brackenford "
        "Outdoor. Log in to view it."
    )
    company = _company("SmartRecruiters", "no-reply@smartrecruiters.com", body)
    assert company == "Brackenford Outdoor"


@pytest.mark.parametrize(
    ("from_name", "from_email", "company"),
    [
        ("Dr Leila Haddad", "practice@haddaddental.co.uk", "Haddad Dental"),  # a person
        ("Dr. Okafor's Surgery", "reception@okaforsurgery.com", "Dr. Okafor's Surgery"),
        ("Marta (Founder)", "marta@quillbyte.io", "Quillbyte"),  # an aside is no part of it
        ("School of Chemistry", "chem-office@westbury.ac.uk", "Westbury"),  # a department
        ("Department of Fisheries", "recruitment@fisheries.gov.au", "Department of Fisheries"),
    ],
)
def test_a_display_name_that_is_a_person_or_a_department(from_name, from_email, company):
    body = "Thank you for your interest. We have filled the post."
    assert _company(from_name, from_email, body) == company


def test_a_team_display_name_is_completed_by_the_mails_spelling():
    body = "You have two days left to complete the Tidemark Energy online assessment."
    company = _company("Tidemark Early Careers", "no-reply@tidemark.com", body)
    assert company == "Tidemark Energy"


def test_a_sentences_first_words_are_no_signer():
    lines = ["Sorry Priya, the Saturday shifts are all taken this month. Maybe in the spring!"]
    assert extract_contact("Tom", "tom.k@gmail.com", lines) == "Tom"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Re: Sales Exec", "Sales Exec"),  # the short form of "Executive"
        ("Re: Admin role", "Admin"),
        ("Re: Nanny position", "Nanny"),
        ("Re: Childminder - Tuesday", "Childminder"),  # a day in the subject is when, not what
        ("Re: Barista - tomorrow", "Barista"),
    ],
)
def test_everyday_titles_in_a_reply_subject(subject, role):
    assert extract_role(subject, ["Thanks for coming in. We've gone with someone else."]) == role


def test_an_ats_display_that_names_the_platform_is_not_the_employer():
    body = "We regret that you have not been successful.\n\nOrwell Mutual Recruitment"
    company = _company("SAP SuccessFactors", "donotreply@successfactors.eu", body)
    assert company == "Orwell Mutual"


def test_a_board_that_names_itself_in_the_subject_is_not_the_employer():
    body = "Your application for Data Engineer at Kiln Robotics has been declined."
    subject = "News from Welcome to the Jungle"
    company = _company("Welcome to the Jungle", "hello@welcometothejungle.com", body, subject)
    assert company == "Kiln Robotics"


def test_a_sentence_opener_is_not_a_relayed_employer():
    body = (
        "Thank you for your time on the Head of Finance search.\n\n"
        "Having reviewed the shortlist, the client will not take you forward."
    )
    assert _company("Lydia Hart", "lydia@northgatesearch.com", body) != "Having"


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "company"),
    [
        (
            "Cobalt Recruitment",
            "mark@cobaltrec.co.uk",
            "I put you forward for the Site Manager job with Redfern Homes, but it's a no.",
            "Redfern Homes",
        ),
        (
            "Tarn Staffing",
            "amy@tarnstaffing.com",
            "I've had feedback from Ostler Bank. They won't take you to interview.",
            "Ostler Bank",
        ),
    ],
)
def test_an_agency_named_by_its_display_relays_its_client(from_name, from_email, body, company):
    assert _company(from_name, from_email, body) == company


def test_a_surname_that_is_a_title_word_is_still_a_person():
    body = "Thanks for applying. We need someone who can work weekends, sorry.\n\nPaula"
    assert _company("Paula Dean", "paula@tollgatecatering.com", body) == "Tollgate Catering"


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "company"),
    [
        (
            "Checkr",
            "no-reply@checkr.com",
            "Hi Sam,\n\nFallow Studios has requested a background check as part of your offer.",
            "Fallow Studios",
        ),
        (
            "Greyfield Group",
            "no-reply@checkr.com",
            "Your background check is complete and has been shared with the employer.",
            "Greyfield Group",
        ),
        ("uCheck", "noreply@ucheck.co.uk", "Please complete your DBS application online.", None),
    ],
)
def test_a_screening_service_checks_for_the_employer(from_name, from_email, body, company):
    assert _company(from_name, from_email, body) == company


@pytest.mark.parametrize(
    ("from_name", "from_email", "contact"),
    [
        ("Bex", "hello@thelittlegrocer.co.uk", "Bex"),  # a shared mailbox, signed by its owner
        ("Saltmoor", "hello@saltmoor.com", None),  # the business's own name is no signer
        ("Workable", "notifications@workable.com", None),
    ],
)
def test_a_note_signed_with_kisses_by_the_display_name(from_name, from_email, contact):
    lines = ["Hi Jo, thanks for the trial on Sunday! We've gone with someone else, sorry. Bex xx"]
    if contact is None:
        lines = ["Hi Jo, we've gone with someone else, sorry. " + from_name]
    assert extract_contact(from_name, from_email, lines) == contact


@pytest.mark.parametrize(
    ("domain", "board", "platform", "personal", "label"),
    [
        ("indeed.co.uk", True, True, False, "indeed"),  # a board on another country domain
        ("stepstone.fr", True, True, False, "stepstone"),
        ("smartrecruiters.eu", False, True, False, "smartrecruiters"),  # an ATS likewise
        ("gmx.at", False, False, True, "gmx"),  # free mail likewise
        ("st-aldhelms.sch.uk", False, False, False, "st-aldhelms"),  # under a public level
        ("harrowdale.nhs.uk", False, False, False, "harrowdale"),
        ("kestrelfunds.com", False, False, False, "kestrelfunds"),
    ],
)
def test_senders_by_domain_label(domain, board, platform, personal, label):
    assert is_board_domain(domain) is board
    assert is_platform_domain(domain) is platform
    assert is_personal_mailbox(domain) is personal
    assert domain_label(domain) == label


@pytest.mark.parametrize(
    ("from_name", "from_email", "body", "company"),
    [
        (
            "Workable",
            "notifications@workable.com",
            "You have a new message from Tarnside Studio about your application.\n\nWorkable",
            "Tarnside Studio",
        ),
        (
            "Greenhouse",
            "no-reply@greenhouse.io",
            "Please log in to the careers portal to see your status.\n\nThank you,\nHalcyon Health",
            "Halcyon Health",
        ),
        (
            "Greenhouse",
            "no-reply@greenhouse.io",
            "Please log in to the careers portal to see your status.\n\nThank you,\nMaya Lindqvist",
            None,  # a person signing through the platform is no employer
        ),
    ],
)
def test_a_platform_mail_names_the_employer_in_a_relay_or_its_closing(
    from_name, from_email, body, company
):
    assert _company(from_name, from_email, body) == company


def test_a_public_bodys_long_name_is_read_whole():
    body = (
        "Thank you for applying for the post of Ward Clerk at Eastfold Community Hospitals NHS "
        "Foundation Trust. Unfortunately you have not been shortlisted."
    )
    assert _company("NHS Jobs", "noreply@jobs.nhs.uk", body) == (
        "Eastfold Community Hospitals NHS Foundation Trust"
    )


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Quick update: Brindlewood are still reviewing CVs for the role.", "Brindlewood"),
        ("Brindlewood came back to me this afternoon; it's a no, I'm afraid.", "Brindlewood"),
    ],
)
def test_an_agency_relays_what_its_client_said(body, company):
    assert _company("Priya Nair", "priya.nair@harbourtalent.com", body) == company


def test_companies_in_general_are_no_employer():
    body = "4 companies sent you interview requests this week. Companies want to meet you!"
    assert _company("Hired", "matches@hired.com", body, "Companies want to meet you") is None


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Update",
            "Your interview for Claims Adjuster is scheduled for Thursday.",
            "Claims Adjuster",
        ),
        ("Re: Bookseller", "Thanks for coming in. We went with someone else.", "Bookseller"),
        ("Re: Solicitor vacancy", "We are unable to take your application further.", "Solicitor"),
        ("Update", "Thank you for applying for the Physiotherapist post.", "Physiotherapist"),
    ],
)
def test_more_trades_and_professions_are_job_titles(subject, body, role):
    assert extract_role(subject, [body]) == role


def test_an_employer_field_that_keeps_the_employer_back_names_none():
    body = "Role: Finance Manager\nEmployer: Confidential\n\nThey have decided not to proceed."
    assert _company("Jo Reid", "jo@tarnsearch.com", body) != "Confidential"
