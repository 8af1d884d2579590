"""Text for a handwritten card: short, warm, no links."""

from __future__ import annotations

from ..wording import say, variant
from .common import card_sign

DEAR_FIRST = say("Dear {first_name},", "Dear {name},")
DEAR_FULL = say("Dear {name},", "Dear {first_name},")

VARIANTS = {
    "warm": (
        variant(
            DEAR_FIRST,
            (
                say(
                    "Thank you for your kindness during my interviews at {company}.",
                    "Thank you for your kindness during my interviews.",
                ),
                say("I loved hearing about {topic}.", drop=2),
                say("I hope our paths cross again soon.", drop=1),
            ),
            card_sign("Warmly"),
        ),
        variant(
            DEAR_FIRST,
            (
                say("A small note to say thank you for the time you gave me."),
                say("Our conversation about {topic} has stayed with me.", drop=2),
                say(
                    "Wishing you and everyone at {company} all the best.",
                    "Wishing you all the best.",
                    drop=1,
                ),
            ),
            card_sign("With gratitude"),
        ),
        variant(
            say("Hi {first_name},", "Hi {name},"),
            (
                say(
                    "Meeting you was one of the nicest parts of my time with {company}.",
                    "Meeting you was one of the nicest parts of the whole process.",
                ),
                say(
                    "Thank you for the warm welcome, and for our chat about {topic}.",
                    "Thank you for the warm welcome.",
                ),
            ),
            card_sign("Take care"),
        ),
    ),
    "formal": (
        variant(
            DEAR_FULL,
            (
                say(
                    "Please accept my sincere thanks for your time during the interviews at "
                    "{company}.",
                    "Please accept my sincere thanks for your time during the interviews.",
                ),
                say("I greatly appreciated our discussion of {topic}.", drop=2),
            ),
            card_sign("With best wishes", "my_name"),
        ),
        variant(
            DEAR_FULL,
            (
                say("Thank you for meeting with me."),
                say(
                    "It was a privilege to learn about {topic}, and about the work at {company}.",
                    "It was a privilege to learn about {topic}.",
                    "It was a privilege to learn about the work at {company}.",
                ),
                say("I hope we meet again.", drop=1),
            ),
            card_sign("Kind regards", "my_name"),
        ),
        variant(
            DEAR_FULL,
            (
                say("I am grateful for the courtesy you showed me throughout the process."),
                say("Your insights into {topic} were much appreciated.", drop=2),
            ),
            card_sign("With thanks and best wishes", "my_name"),
        ),
    ),
    "brief": (
        variant(
            DEAR_FIRST,
            (
                say("Thank you for your time and kindness."),
                say("I enjoyed our chat about {topic}.", drop=2),
            ),
            card_sign("Best"),
        ),
        variant(
            say("Hi {first_name},", "Hi {name},"),
            (
                say(
                    "Thanks so much for meeting me at {company}.",
                    "Thanks so much for meeting me.",
                ),
                say("It meant a lot, and I loved hearing about {topic}.", "It meant a lot."),
            ),
            card_sign("All the best"),
        ),
        variant(
            DEAR_FIRST,
            (
                say("Just a note to say thank you."),
                say("Talking about {topic} was a highlight.", drop=2),
            ),
            card_sign("Warm wishes"),
        ),
    ),
}
