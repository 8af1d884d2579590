"""The answer to a rejection: thanks, honest disappointment, one thing learned, an open door."""

from __future__ import annotations

from ..wording import say, variant
from .common import DEAR_TEAM, HI, sign

SUBJECT = say(
    "Re: {rejection_subject}",
    "Thank you – {role} at {company}",
    "Thank you – {company}",
    "Thank you",
)

VARIANTS = {
    "warm": (
        variant(
            HI,
            (
                say(
                    "Thank you for letting me know about the {role} role, and for being so "
                    "considerate throughout the process at {company}.",
                    "Thank you for letting me know, and for being so considerate throughout "
                    "the process at {company}.",
                    "Thank you for letting me know, and for being so considerate throughout "
                    "the process.",
                ),
                say("I won't pretend I'm not disappointed; I had really come to like the team."),
            ),
            (
                say("One thing I'll carry with me is what I learned about {topic}."),
                say(
                    "In case it's useful to the team, here is {link_title}, which I think "
                    "you'd enjoy: {link}",
                    "In case it's useful to the team, here is something I found worth "
                    "reading: {link}",
                ),
            ),
            say(
                "If something opens up that suits me, I'd love to hear from you, and I hope "
                "our paths cross again."
            ),
            sign("Warm regards"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "Thanks so much for the update, and for all the time you and the team at "
                    "{company} gave me.",
                    "Thanks so much for the update, and for all the time you gave me.",
                ),
                say("It's disappointing news, but I really enjoyed getting to know everyone."),
                say(
                    "Our conversations about {topic} were a highlight, and they taught me a "
                    "good deal about how you work."
                ),
            ),
            say(
                "Here's {link_title}, which seemed close to what the team is working on: {link}",
                "Here's a piece that seemed close to what the team is working on: {link}",
            ),
            say(
                "Please keep me in mind if a {role} role or something close to it comes up; "
                "I'd be glad to talk again.",
                "Please keep me in mind if something close comes up; I'd be glad to talk again.",
            ),
            sign("All the best"),
            subject=say(
                "Re: {rejection_subject}",
                "Thanks for the update on the {role} role",
                "Thanks for the update",
            ),
        ),
        variant(
            HI,
            (
                say(
                    "I appreciate you telling me personally, and everything you did to make "
                    "the {role} interviews a good experience.",
                    "I appreciate you telling me personally, and everything you did to make "
                    "the interviews a good experience.",
                ),
                say(
                    "Of course I'm a little disappointed, but I'm glad I had the chance to "
                    "meet the {company} team.",
                    "Of course I'm a little disappointed, but I'm glad I had the chance to "
                    "meet the team.",
                ),
            ),
            (
                say(
                    "Hearing about {topic} gave me a real sense of the team's work, and I've "
                    "been thinking about it since."
                ),
                say(
                    "I found {link_title} afterwards and thought the team might like it: {link}",
                    "I found this afterwards and thought the team might like it: {link}",
                ),
            ),
            say("I'd be happy to stay in touch, and I'd welcome the chance to work together."),
            sign("With thanks"),
            subject=SUBJECT,
        ),
    ),
    "formal": (
        variant(
            DEAR_TEAM,
            (
                say(
                    "Thank you for informing me of your decision regarding the {role} position "
                    "at {company}.",
                    "Thank you for informing me of your decision regarding the position at "
                    "{company}.",
                    "Thank you for informing me of your decision.",
                ),
                say(
                    "While I am disappointed, I am grateful for the time you and your "
                    "colleagues devoted to my application."
                ),
                say("I particularly valued learning about {topic}."),
            ),
            say(
                'You may find "{link_title}" of interest: {link}',
                "You may find the following of interest: {link}",
            ),
            say(
                "I would welcome the opportunity to be considered for future roles, and I "
                "hope we will stay in touch."
            ),
            sign("Kind regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR_TEAM,
            (
                say(
                    "I appreciate you letting me know the outcome of my application for the "
                    "{role} role.",
                    "I appreciate you letting me know the outcome of my application to {company}.",
                    "I appreciate you letting me know the outcome of my application.",
                ),
                say(
                    "Although the news is disappointing, the process gave me a clear picture "
                    "of the team's work and ambitions."
                ),
                say("The discussion of {topic} was especially instructive."),
            ),
            say(
                'Should it be useful, "{link_title}" relates to our discussion: {link}',
                "Should it be useful, here is a resource related to our discussion: {link}",
            ),
            say("Please do consider me should a suitable opportunity arise in future."),
            sign("Best regards"),
            subject=say(
                "Re: {rejection_subject}",
                "Your decision on the {role} position",
                "Your decision on my application",
            ),
        ),
        variant(
            DEAR_TEAM,
            (
                say(
                    "Thank you for your message, and for the courtesy shown to me throughout "
                    "the interviews at {company}.",
                    "Thank you for your message, and for the courtesy shown to me throughout "
                    "the interviews.",
                ),
                say("I am sorry not to be joining the team, but I hold its work in high regard."),
                say("In particular, I came away with a better understanding of {topic}."),
            ),
            say(
                'I thought "{link_title}" might interest the team: {link}',
                "I thought the following link might interest the team: {link}",
            ),
            say("I hope to have the opportunity to work with you in the future."),
            sign("Yours sincerely"),
            subject=SUBJECT,
        ),
    ),
    "brief": (
        variant(
            HI,
            (
                say(
                    "Thanks for letting me know about the {role} role.",
                    "Thanks for letting me know.",
                ),
                say(
                    "I'm disappointed, but I enjoyed learning about {topic}.",
                    "I'm disappointed, but I enjoyed meeting the team.",
                ),
                say("This might be useful: {link}"),
                say(
                    "I'd be glad to hear from you if anything else comes up at {company}.",
                    "I'd be glad to hear from you if anything else comes up.",
                ),
            ),
            sign("Best"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say("Thank you for the update and for your time."),
                say("Learning about {topic} was a real highlight."),
                say("I thought you might like this: {link}"),
                say(
                    "I hope we stay in touch; please keep me in mind for future {role} openings.",
                    "I hope we stay in touch; please keep me in mind for future openings.",
                ),
            ),
            sign("Thanks again"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say("Thanks for the news, even if it isn't what I hoped for."),
                say(
                    "I came away knowing a lot more about {topic}, which I appreciated.",
                    "I appreciated the chance to meet the {company} team.",
                    "I appreciated the chance to meet the team.",
                ),
                say("Here's a link you may find handy: {link}"),
                say("The door is open on my side if anything comes up."),
            ),
            sign("All the best"),
            subject=SUBJECT,
        ),
    ),
}
