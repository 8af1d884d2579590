"""The LinkedIn invitation note: a line or two that fits the account's limit."""

from __future__ import annotations

from ..wording import say, variant
from .common import note_sign

HI = say("Hi {first_name},", "Hi {name},")
HELLO_FULL = say("Hello {name},", "Hello {first_name},")
DEAR_FULL = say("Dear {name},", "Dear {first_name},")

# One paragraph: LinkedIn shows the note as a single block of text.
VARIANTS = {
    "warm": (
        variant(
            (
                HI,
                say(
                    "it was great meeting you during the {round} at {company}.",
                    "it was great meeting you at {company}.",
                    "it was great meeting you.",
                ),
                say("I enjoyed our talk about {topic}.", drop=3),
                say("I'd love to stay in touch.", drop=1),
                note_sign(),
            ),
        ),
        variant(
            (
                HI,
                say(
                    "thank you for the {round} for the {role} role.",
                    "thank you for the {round} at {company}.",
                    "thank you for your time at {company}.",
                    "thank you for your time.",
                ),
                say("Your thoughts on {topic} stayed with me.", drop=3),
                say("I'd be glad to connect.", drop=1),
                note_sign(),
            ),
        ),
        variant(
            (
                HI,
                say(
                    "I really enjoyed our conversation about {topic}.",
                    "I really enjoyed our conversation at {company}.",
                    "I really enjoyed our conversation.",
                ),
                say(
                    "I'd love to keep in touch and follow what the {company} team builds next.",
                    "I'd love to keep in touch.",
                ),
                note_sign(),
            ),
        ),
    ),
    "formal": (
        variant(
            (
                HELLO_FULL,
                say(
                    "thank you for the {round} at {company}.",
                    "thank you for meeting with me at {company}.",
                    "thank you for meeting with me.",
                ),
                say("I valued our discussion of {topic}.", drop=3),
                say("I would be pleased to stay connected.", drop=1),
                note_sign("Regards, ", "my_name"),
            ),
        ),
        variant(
            (
                DEAR_FULL,
                say(
                    "it was a pleasure to meet you during my interviews at {company}.",
                    "it was a pleasure to meet you during my interviews.",
                ),
                say("I appreciated your insights on {topic}.", drop=3),
                say("I would welcome the chance to remain in contact.", drop=1),
                note_sign("– ", "my_name"),
            ),
        ),
        variant(
            (
                HELLO_FULL,
                say(
                    "thank you for your time and consideration for the {role} position.",
                    "thank you for your time and consideration at {company}.",
                    "thank you for your time and consideration.",
                ),
                say("Your perspective on {topic} was very helpful.", drop=3),
                say("I hope we can stay connected.", drop=1),
                note_sign("Best regards, ", "my_name"),
            ),
        ),
    ),
    "brief": (
        variant(
            (
                HI,
                say("great to meet you at {company}.", "great to meet you."),
                say("Enjoyed our chat about {topic}.", drop=3),
                say("Let's stay in touch!", drop=1),
                note_sign(),
            ),
        ),
        variant(
            (
                HI,
                say("thanks for the {round}!", "thanks for your time!"),
                say("Really liked hearing about {topic}.", drop=3),
                say("Keen to connect.", drop=1),
                note_sign(),
            ),
        ),
        variant(
            (
                HI,
                say(
                    "it was a pleasure meeting you during the {role} interviews.",
                    "it was a pleasure meeting you during my {company} interviews.",
                    "it was a pleasure meeting you.",
                ),
                say("Would love to connect."),
                note_sign("— "),
            ),
        ),
    ),
}
