"""Who sent a mail: applicant tracking systems, job boards, free mail, and company domains."""

from __future__ import annotations

import re

# Domains that send on behalf of many employers; the employer is never the domain itself.
ATS_DOMAINS = frozenset(
    {"greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "myworkdayjobs.com"}
    | {"workday.com", "ashbyhq.com", "ashby.io", "smartrecruiters.com", "smartrecruiters-mail.com"}
    | {"icims.com", "taleo.net", "oraclecloud.com", "teamtailor.com"}
    | {"teamtailor-mail.com", "personio.de", "personio.com", "workable.com", "workablemail.com"}
    | {"recruitee.com", "bamboohr.com", "jobvite.com", "breezy.hr", "jazzhr.com", "applytojob.com"}
    | {"successfactors.com", "successfactors.eu", "sapsf.com", "join.com", "pinpointhq.com"}
    | {"comeet.co", "rippling.com", "gem.com", "homerun.co", "softgarden.io"}
    | {"softgarden.de", "rexx-systems.com", "d.vinci.de", "dvinci.de", "zohorecruit.com"}
    | {"freshteam.com", "trakstar.com", "hire.trakstar.com", "jobscore.com", "bullhorn.com"}
    | {"avature.net", "phenom.com", "eightfold.ai", "beamery.com", "cornerstoneondemand.com"}
    | {"ultipro.com", "paylocity.com", "paycomonline.net", "hirebridge.com"}
    | {"recruiterbox.com", "manatal.com", "welcomekit.co", "flatchr.io", "talentsoft.com"}
    | {"candidats.talent-soft.com", "gupy.io", "kenjo.io", "factorial.co", "hibob.com"}
)
BOARD_DOMAINS = frozenset(
    {"linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "stepstone.de"}
    | {"stepstone.com", "xing.com", "welcometothejungle.com", "otta.com", "wellfound.com"}
    | {"angel.co", "ziprecruiter.com", "monster.com", "hired.com", "dice.com", "seek.com.au"}
    | {"reed.co.uk", "totaljobs.com", "infojobs.net", "jobteaser.com", "hellowork.com"}
    | {"jobs.ch", "karriere.at", "nationalevacaturebank.nl", "werkzoeken.nl", "monster.de"}
    | {"handshake.com", "joinhandshake.com", "workatastartup.com", "ycombinator.com", "builtin.com"}
    | {"simplyhired.com", "careerbuilder.com", "jobindex.dk", "apec.fr", "francetravail.fr"}
    | {"pole-emploi.fr", "tecnoempleo.com", "computrabajo.com", "jobteaser.fr", "arbeitnow.com"}
    | {"jobs.nhs.uk", "civilservicejobs.service.gov.uk", "usajobs.gov", "jobs.ac.uk"}
    # Assessment and scheduling services relay for the employer, like a board.
    | {"hackerrank.com", "hackerrankforwork.com", "codility.com", "codesignal.com"}
    | {"testgorilla.com", "hirevue.com", "coderbyte.com", "karat.com", "goodtime.io"}
    | {"modernloop.io", "calendly.com", "criteriacorp.com", "shl.com", "pymetrics.ai"}
)
FREEMAIL_DOMAINS = frozenset(
    {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de"}
    | {"ymail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com"}
    | {"msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com"}
    | {"pm.me", "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de", "mail.com"}
    | {"yandex.com", "yandex.ru", "zoho.com", "fastmail.com", "fastmail.fm", "hey.com"}
    | {"orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "libero.it", "ziggo.nl"}
    | {"kpnmail.nl", "telefonica.net", "posteo.de", "mailbox.org", "tutanota.com", "qq.com"}
)
PLATFORM_NAMES = frozenset(
    {"greenhouse", "lever", "workday", "ashby", "smartrecruiters", "icims", "taleo", "oracle"}
    | {"teamtailor", "personio", "workable", "recruitee", "bamboohr", "jobvite", "breezy"}
    | {"jazzhr", "successfactors", "join", "pinpoint", "comeet", "rippling", "linkedin"}
    | {"indeed", "glassdoor", "stepstone", "xing", "otta", "wellfound", "ziprecruiter"}
    | {"monster", "hired", "dice", "seek", "reed", "totaljobs", "infojobs", "jobteaser"}
    | {"welcome to the jungle", "softgarden", "homerun", "recruiting", "careers", "jobs"}
    | {"notifications", "no reply", "noreply", "no-reply", "do not reply", "mailer daemon"}
    | {
        "handshake",
        "hired",
        "welcome to the jungle",
        "hackerrank",
        "codility",
        "codesignal",
        "testgorilla",
        "hirevue",
        "goodtime",
        "modernloop",
    }
)
# Sender addresses and subdomains that name the platform's function, not the employer.
_GENERIC_TENANTS = frozenset(
    {"us", "eu", "uk", "hire", "app", "apps", "mail", "email", "candidates", "candidate", "jobs"}
    | {"careers", "career", "recruiting", "recruitment", "notifications", "notification"}
    | {"support", "team", "hello", "info", "alerts", "messages", "system", "www", "talent"}
    | {"applicant", "applicants", "apply", "no", "reply", "do", "not", "hr", "people", "ats"}
)
# Public second levels under a country code: the employer's label is the one before them
# (oakhill.sch.uk, harrowdale.nhs.uk, acme.co.uk).
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "gob", "edu", "ltd", "plc", "sch", "nhs", "police"}
    | {"mod"}
)
_NO_REPLY_PARTS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "mailer")


def domain_of(address: str) -> str:
    """The lower-case domain of an email address, or an empty string."""
    _, _, domain = (address or "").strip().strip("<>").rpartition("@")
    return domain.strip().strip(">").lower()


def _suffix_in(domain: str, domains: frozenset[str]) -> bool:
    parts = domain.split(".")
    return any(".".join(parts[index:]) in domains for index in range(len(parts) - 1))


def is_platform(domain: str) -> bool:
    """An applicant tracking system or a job board sends for many employers."""
    return bool(domain) and (_suffix_in(domain, ATS_DOMAINS) or _suffix_in(domain, BOARD_DOMAINS))


def is_board(domain: str) -> bool:
    """A job board (LinkedIn, Indeed, ...) relaying a message."""
    return bool(domain) and _suffix_in(domain, BOARD_DOMAINS)


def is_freemail(domain: str) -> bool:
    """A personal mailbox provider, which says nothing about the employer."""
    return bool(domain) and _suffix_in(domain, FREEMAIL_DOMAINS)


def organisation_label(domain: str) -> str:
    """The part of a domain that names the organisation: mail.acme-labs.co.uk -> acme-labs."""
    parts = [part for part in domain.split(".") if part]
    if len(parts) < 2:
        return parts[0] if parts else ""
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return parts[-3]
    return parts[-2]


def tenant_of(address: str) -> str | None:
    """The employer an ATS sends for, when its address or subdomain names it.

    acme@myworkday.com and jobs@acme.jobs.personio.de both send for "acme"; the generic
    mailboxes of the platform itself (no-reply@, us.greenhouse-mail.io) name nobody.
    """
    domain = domain_of(address)
    if not domain or not _suffix_in(domain, ATS_DOMAINS):
        return None
    parts = domain.split(".")
    base = next(i for i in range(len(parts) - 1) if ".".join(parts[i:]) in ATS_DOMAINS)
    for label in reversed(parts[:base]):
        if label not in _GENERIC_TENANTS and len(label) > 2:
            return label
    # A one-word mailbox (acme@); "first.last@" is the recruiter writing through the ATS.
    local = (address or "").partition("@")[0].lower()
    if is_no_reply(address) or not local.isalnum() or local in _GENERIC_TENANTS:
        return None
    return local if len(local) > 2 else None


def is_no_reply(address: str) -> bool:
    """Automated sender addresses (no-reply and the like)."""
    local = (address or "").partition("@")[0].lower()
    return any(part in local for part in _NO_REPLY_PARTS)


def employer_domain(address: str) -> str | None:
    """The sender's domain when it can belong to the employer (not a platform or free mail)."""
    domain = domain_of(address)
    if not domain or "." not in domain or is_platform(domain) or is_freemail(domain):
        return None
    return domain


_HIRING_MAILBOXES = frozenset(
    {"career", "careers", "job", "jobs", "recruit", "recruiting", "recruitment", "recruiter"}
    | {"talent", "hiring", "hr", "people", "bewerbung", "bewerbungen", "karriere", "personal"}
    | {"empleo", "seleccion", "rrhh", "talento", "werken", "vacature", "vacatures", "werving"}
    | {"recrutement", "rh", "carriere", "carrieres", "graduate", "graduates", "university"}
    | {"apply", "applications", "staffing", "stages", "stage", "internships"}
    | {"werkenbij", "sollicitaties", "sollicitatie", "personeelszaken", "drh", "emploi"}
    | {"ausbildung", "personalabteilung", "seleccionpersonal", "candidatures"}
)
_LOCAL_PARTS = re.compile(r"[._+-]+")


def is_hiring_sender(address: str) -> bool:
    """An applicant tracking system, a job board, or a company's careers/HR mailbox."""
    domain = domain_of(address)
    if is_platform(domain):
        return True
    local = (address or "").partition("@")[0].lower()
    return any(part in _HIRING_MAILBOXES for part in _LOCAL_PARTS.split(local))
