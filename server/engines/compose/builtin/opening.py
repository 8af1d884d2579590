"""A note about an opening the user saw and thinks fits; the caller decides whether it is due."""

from __future__ import annotations

from ..wording import say, variant
from .common import DEAR, HI, sign

SUBJECT = say(
    "The {opening_title} opening at {company}",
    "The {opening_title} opening",
)

VARIANTS = {
    "warm": (
        variant(
            HI,
            (
                say("I hope you're doing well!"),
                say(
                    "I noticed the {opening_title} opening at {company}, and I think it could "
                    "be a strong fit for me.",
                    "I noticed the {opening_title} opening, and I think it could be a strong "
                    "fit for me.",
                ),
                say("Here's the posting: {opening_url}"),
            ),
            (
                say(
                    "After our conversation about {topic} during my {role} interviews, it "
                    "feels like a natural match.",
                    "After our conversation about {topic}, it feels like a natural match.",
                    "After getting to know the team during my {role} interviews, it feels like "
                    "a natural match.",
                ),
                say(
                    "Would you be open to a quick chat about it, or could you point me to the "
                    "right person?"
                ),
            ),
            sign("Warm regards"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "I was excited to see that {company} is hiring for a role I'd love: "
                    "{opening_title}.",
                    "I was excited to see a role I'd love: {opening_title}.",
                ),
                say("(For reference, it's this one: {opening_url})"),
            ),
            (
                say(
                    "What I learned about {topic} when we spoke is a big part of why it "
                    "appeals to me.",
                    "What I learned about the team when we spoke is a big part of why it "
                    "appeals to me.",
                ),
                say(
                    "If you think it makes sense, I'd be grateful for a word with you or the "
                    "hiring manager."
                ),
            ),
            sign("All the best"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "Since my {role} interviews I've kept an eye on {company}, and the "
                    "{opening_title} opening caught my attention.",
                    "I've kept an eye on {company}, and the {opening_title} opening caught "
                    "my attention.",
                    "The {opening_title} opening caught my attention.",
                ),
                say("Posting: {opening_url}"),
                say(
                    "It lines up closely with my experience, and with the work on {topic} we "
                    "talked about.",
                    "It lines up closely with my experience.",
                ),
            ),
            say("Would you have a few minutes to tell me whether it's worth my applying?"),
            sign("Thanks so much"),
            subject=SUBJECT,
        ),
    ),
    "formal": (
        variant(
            DEAR,
            (
                say(
                    "I noticed that {company} has opened a position for {opening_title}, and I "
                    "believe my background is well suited to it.",
                    "I noticed the opening for {opening_title}, and I believe my background is "
                    "well suited to it.",
                ),
                say("The posting is here: {opening_url}"),
                say(
                    "Having interviewed for the {role} position, I have a good understanding "
                    "of the team's work, particularly {topic}.",
                    "Having interviewed for the {role} position, I have a good understanding "
                    "of the team's work.",
                    "Our earlier discussion of {topic} gave me a good understanding of the "
                    "team's work.",
                ),
            ),
            say(
                "I would be grateful for your view on whether I should apply, or for an "
                "introduction to the hiring manager."
            ),
            sign("Kind regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR,
            (
                say(
                    "I am writing regarding the {opening_title} role at {company}.",
                    "I am writing regarding the {opening_title} role.",
                ),
                say("(Posting: {opening_url})"),
                say(
                    "It appears to match my experience closely, and I remain very interested "
                    "in the team following my interviews for the {role} position.",
                    "It appears to match my experience closely, and I remain very interested "
                    "in the team.",
                ),
                say("I would value the opportunity to discuss it with you."),
            ),
            sign("Best regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR,
            (
                say(
                    "I hope you are well. I have seen the opening for {opening_title} at "
                    "{company} and would like to express my interest.",
                    "I hope you are well. I have seen the opening for {opening_title} and would "
                    "like to express my interest.",
                ),
                say("For reference: {opening_url}"),
                say(
                    "Our discussion of {topic} left me keen to contribute to exactly this "
                    "kind of work."
                ),
                say("Would you be willing to advise on the best way to put myself forward?"),
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
                    "I saw the {opening_title} opening at {company} and think it fits me well.",
                    "I saw the {opening_title} opening and think it fits me well.",
                ),
                say("Link: {opening_url}"),
                say("It ties in with our conversation about {topic}."),
                say("Any chance we could talk about it?"),
            ),
            sign("Best"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say("Quick one: the {opening_title} role looks like a great fit for me."),
                say("This one: {opening_url}"),
                say("Our talk about {topic} is why it caught my eye."),
                say(
                    "Would you put in a word, or tell me who to contact at {company}?",
                    "Would you put in a word, or tell me who to contact?",
                ),
            ),
            sign("Thanks"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "Just spotted the {opening_title} opening at {company}.",
                    "Just spotted the {opening_title} opening.",
                ),
                say("({opening_url})"),
                say(
                    "Given what we discussed about {topic}, I think I'd do well in it.",
                    "I think I'd do well in it.",
                ),
                say("Worth applying, in your view?"),
            ),
            sign("Cheers"),
            subject=SUBJECT,
        ),
    ),
}
