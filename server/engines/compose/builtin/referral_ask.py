"""Asking a warm contact whether they know someone hiring for the user's profile."""

from __future__ import annotations

from ..wording import say, variant
from .common import DEAR, HI, sign

SUBJECT = say("A quick question about {looking_for} roles", "A quick question")

VARIANTS = {
    "warm": (
        variant(
            HI,
            (
                say("I hope all is well at {company}.", "I hope all is well."),
                say(
                    "I'm looking for {looking_for} roles at the moment, and I thought of you "
                    "because you know the field so well.",
                    "I'm looking for my next role at the moment, and I thought of you because "
                    "you know the field so well.",
                ),
                say(
                    "Our conversation about {topic} has stayed with me, and it's exactly the "
                    "kind of work I'm hoping to do."
                ),
            ),
            (
                say(
                    "If anyone in your network is hiring for something similar, would you be "
                    "open to pointing me their way?"
                ),
                say("No pressure at all, and thank you either way."),
            ),
            sign("Warm regards"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "I've really valued staying in touch since my interviews at {company}.",
                    "I've really valued staying in touch.",
                ),
                say(
                    "I'm now searching for {looking_for} positions, and I'd love any pointers "
                    "you might have.",
                    "I'm now searching for my next position, and I'd love any pointers you "
                    "might have.",
                ),
                say("Work like {topic} is what I'm most drawn to."),
            ),
            say(
                "Do you know anyone who's hiring, or someone I should talk to? An introduction "
                "would mean a lot, and I'm happy to send a short summary to pass on."
            ),
            sign("Thanks so much"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say("I have a small favour to ask, and please feel free to say no."),
                say(
                    "I'm exploring {looking_for} roles, and you're one of the people whose "
                    "judgement I trust most.",
                    "I'm exploring new roles, and you're one of the people whose judgement I "
                    "trust most.",
                ),
                say(
                    "Is there anyone you know, at {company} or elsewhere, who's looking for "
                    "someone like me?",
                    "Is there anyone you know who's looking for someone like me?",
                ),
            ),
            say(
                "If it helps, I'd be glad to return the favour with anything on {topic}.",
                "If it helps, I'd be glad to return the favour however I can.",
            ),
            sign("All the best"),
            subject=SUBJECT,
        ),
    ),
    "formal": (
        variant(
            DEAR,
            (
                say("I hope you are well."),
                say(
                    "I am currently seeking {looking_for} positions and would greatly value "
                    "your advice.",
                    "I am currently seeking a new position and would greatly value your advice.",
                ),
                say(
                    "Given your experience with {topic}, you may know of teams looking for "
                    "someone with my background."
                ),
            ),
            say(
                "Should you know of anyone hiring, I would be grateful for an introduction or "
                "a name to contact."
            ),
            sign("Kind regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR,
            (
                say(
                    "Since our conversations at {company}, I have continued to develop my "
                    "skills, and I am now looking for {looking_for} roles.",
                    "I am now looking for {looking_for} roles.",
                    "I am now looking for my next role.",
                ),
                say(
                    "I would be most grateful to hear of any opportunities or contacts you "
                    "think suitable."
                ),
            ),
            say("Thank you in advance for considering it."),
            sign("Best regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR,
            (
                say("I am writing with a request for your advice."),
                say(
                    "I am pursuing {looking_for} opportunities, and your insight into {topic} "
                    "makes you one of the people I most wanted to ask.",
                    "I am pursuing {looking_for} opportunities, and you are one of the people "
                    "I most wanted to ask.",
                    "I am pursuing new opportunities, and you are one of the people I most "
                    "wanted to ask.",
                ),
                say(
                    "Might you know of anyone hiring for such a role, or someone I could approach?"
                ),
            ),
            sign("Yours sincerely"),
            subject=SUBJECT,
        ),
    ),
    "brief": (
        variant(
            HI,
            (
                say(
                    "I'm looking for {looking_for} roles now.",
                    "I'm looking for a new role now.",
                ),
                say("Know anyone hiring who'd be worth a chat?"),
                say("An intro would be great, but no worries if not."),
            ),
            sign("Thanks"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "Quick ask: I'm on the lookout for {looking_for} roles.",
                    "Quick ask: I'm job hunting.",
                ),
                say(
                    "Anyone at {company} or elsewhere you'd suggest I talk to?",
                    "Anyone you'd suggest I talk to?",
                ),
            ),
            sign("Cheers"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say("Hope you're well!"),
                say(
                    "I'm searching for {looking_for} roles, ideally close to {topic}.",
                    "I'm searching for {looking_for} roles.",
                    "I'm searching for my next role.",
                ),
                say("If someone comes to mind, I'd be grateful for a pointer."),
            ),
            sign("Best"),
            subject=SUBJECT,
        ),
    ),
}
