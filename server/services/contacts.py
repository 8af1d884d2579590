"""Contacts keep their look-up keys in step with their name and profile URL."""

from __future__ import annotations

from server.engines.people import name_keys, profile_key
from server.models import Contact, User
from server.services.companies import find_or_create_company


def apply_contact_fields(user: User, contact: Contact, data: dict) -> Contact:
    """Copy validated fields onto a contact, resolving the company and refreshing its keys."""
    data = dict(data)
    if "company" in data:
        company_name = data.pop("company")
        contact.company = find_or_create_company(user, company_name) if company_name else None
    if data.get("email"):
        # Mail systems treat the address case-insensitively; one stored form keeps look-ups exact.
        data["email"] = data["email"].strip().lower()
    for field, value in data.items():
        setattr(contact, field, value)
    keys = name_keys(contact.name)
    contact.first_name_key, contact.last_name_key, contact.name_key = (
        keys.first[:100],
        keys.last[:100],
        keys.full[:200],
    )
    contact.profile_key = profile_key(contact.linkedin_url)
    return contact
