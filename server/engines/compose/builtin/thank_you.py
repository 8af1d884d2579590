"""The thank-you after a round: one per person met, about what that person discussed."""

from __future__ import annotations

from ..wording import say, variant
from .common import DEAR, HI, sign

VARIANTS = {
    "warm": (
        variant(
            HI,
            (
                say(
                    "Thank you for taking the time to meet me for the {round} for the {role} role.",
                    "Thank you for taking the time to meet me for the {round}.",
                    "Thank you for taking the time to meet me.",
                ),
                say(
                    "I especially enjoyed our conversation about {topic}; it gave me a much "
                    "clearer sense of the work at {company}.",
                    "I especially enjoyed our conversation about {topic}.",
                    "I really enjoyed our conversation and the picture it gave me of the work "
                    "at {company}.",
                    "I really enjoyed our conversation.",
                ),
                say("I'm even more excited about the role now, and I'd love to keep talking."),
            ),
            sign("Warm regards"),
            subject=say("Thank you for the {round}", "Thank you for your time"),
        ),
        variant(
            HI,
            (
                say(
                    "Thanks again for the {round}; I really enjoyed it.",
                    "Thanks again for meeting with me; I really enjoyed it.",
                ),
                say("What stuck with me most was {topic}, and I've been thinking about it since."),
                say(
                    "It all made me even keener on the {role} role at {company}.",
                    "It all made me even keener on joining {company}.",
                    "It all made me even keener on the role.",
                ),
            ),
            sign("All the best"),
            subject=say("Thanks, {first_name}", "Thank you"),
        ),
        variant(
            HI,
            (
                say(
                    "It was a real pleasure speaking with you in the {round}.",
                    "It was a real pleasure speaking with you.",
                ),
                say("Hearing you talk about {topic} was the highlight for me."),
                say("Thank you for being so generous with your time and for your questions."),
            ),
            say(
                "I hope to see you again soon at {company}.",
                "I hope to see you again soon.",
            ),
            sign("Many thanks"),
            subject=say("Great to meet you, {first_name}", "Great to meet you"),
        ),
    ),
    "formal": (
        variant(
            DEAR,
            (
                say(
                    "Thank you for meeting with me for the {round} for the {role} position.",
                    "Thank you for meeting with me for the {round}.",
                    "Thank you for meeting with me.",
                ),
                say("I appreciated our discussion of {topic} in particular."),
                say(
                    "It reinforced my interest in joining {company}.",
                    "It reinforced my interest in the position.",
                ),
            ),
            say("Please let me know if I can provide any further information."),
            sign("Kind regards"),
            subject=say("Thank you for the {round}", "Thank you for your time"),
        ),
        variant(
            DEAR,
            (
                say(
                    "I would like to thank you for your time during the {round} at {company}.",
                    "I would like to thank you for your time during the {round}.",
                    "I would like to thank you for your time.",
                ),
                say(
                    "Our conversation about {topic} gave me valuable insight into the team's "
                    "priorities."
                ),
                say(
                    "I remain very enthusiastic about the {role} role.",
                    "I remain very enthusiastic about the opportunity.",
                ),
            ),
            sign("Best regards"),
            subject=say("With thanks for the {round}", "With thanks for your time"),
        ),
        variant(
            DEAR,
            (
                say(
                    "Thank you for the opportunity to speak with you in the {round}.",
                    "Thank you for the opportunity to speak with you.",
                ),
                say("I found your perspective on {topic} particularly valuable."),
            ),
            say(
                "I look forward to hearing about the next steps for the {role} position.",
                "I look forward to hearing about the next steps.",
            ),
            sign("Yours sincerely"),
            subject=say("Following up on the {round}", "Following up on our conversation"),
        ),
    ),
    "brief": (
        variant(
            HI,
            (
                say("Thanks for the {round}.", "Thanks for your time."),
                say("I enjoyed talking about {topic}.", "I enjoyed our conversation."),
                say("Looking forward to the next steps."),
            ),
            sign("Best"),
            subject=say("Thanks for the {round}", "Thanks"),
        ),
        variant(
            HI,
            (
                say(
                    "A quick note to thank you for the {round}.",
                    "A quick note to thank you for meeting me.",
                ),
                say("Your points on {topic} stayed with me."),
                say("Hope to talk again soon."),
            ),
            sign("Thanks"),
            subject=say("Thank you, {first_name}", "Thank you"),
        ),
        variant(
            HI,
            (
                say("Great to meet you in the {round}.", "Great to meet you."),
                say("Thanks for the chat about {topic}."),
                say(
                    "I'm keen on the {role} role and happy to send anything you need.",
                    "I'm keen on the role and happy to send anything you need.",
                ),
            ),
            sign("Cheers"),
            subject=say("Great to meet you", "Thanks"),
        ),
    ),
}
