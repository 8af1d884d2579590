"""A light message months later that brings something: news, a link, or the user's progress."""

from __future__ import annotations

from ..wording import say, variant
from .common import DEAR, HI, sign

GIFTS = ("news", "link", "progress")
# What was discussed, recalled when the gift is news or progress (a link already recalls it).
RECALL = {"unless": ("link",), "when": ("news", "progress")}

SUBJECT = (
    say("Congratulations on {news}"),
    say("Something I thought you'd enjoy", when=("link",)),
    say("An update from {my_first_name}", "A quick update", when=("progress",)),
    say("Hello from {my_first_name}", "Hello again"),
)

VARIANTS = {
    "warm": (
        variant(
            HI,
            (
                say(
                    "I hope you've been well since we met during my interviews at {company}.",
                    "I hope you've been well since we last spoke.",
                ),
                say("I saw the news about {news}; congratulations to you and the team!"),
            ),
            (
                say(
                    "I came across {link_title} and thought of our conversation about "
                    "{topic}: {link}",
                    "I came across this and thought of our conversation about {topic}: {link}",
                    "I came across {link_title} and thought you might enjoy it: {link}",
                    "I came across this and thought you might enjoy it: {link}",
                ),
                say("A quick update from my side: {progress}."),
                say(
                    "I've kept thinking about {topic} since we spoke; if I can ever be useful "
                    "on that front, I'd be glad to help.",
                    "If there's ever anything I can help with, I'd be glad to.",
                    unless=GIFTS,
                ),
            ),
            say("I still think back to our conversation about {topic}.", **RECALL),
            say("No need to reply; I just wanted to say hello."),
            sign("Warm regards"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "It's been a little while since my interviews at {company}, and I wanted "
                    "to say hello.",
                    "It's been a little while, and I wanted to say hello.",
                ),
                say(
                    "I read {link_title} recently and it reminded me of what you said about "
                    "{topic}: {link}",
                    "I read this recently and it reminded me of what you said about {topic}: "
                    "{link}",
                    "I read {link_title} recently and thought of you: {link}",
                    "I read this recently and thought of you: {link}",
                ),
            ),
            (
                say("Congratulations on {news}; it must be an exciting time for the team."),
                say("An update from me: {progress}."),
                say(
                    "If it would ever help to have another pair of eyes on {topic}, I'm happy "
                    "to lend mine.",
                    "If I can ever return the favour for all your time, just let me know.",
                    unless=GIFTS,
                ),
            ),
            say(
                "Our talk about {topic} is still one of my favourite interview memories.",
                **RECALL,
            ),
            say("I hope all is well with you and the team."),
            sign("All the best"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "I've been meaning to write since my {role} interviews, and I hope things "
                    "are going well.",
                    "I've been meaning to write for a while, and I hope things are going well.",
                ),
                say("Congratulations on {news}; I was really pleased to read about it."),
                say("I wanted to share a bit of news of my own: {progress}."),
            ),
            (
                say(
                    "And since we talked about {topic}, {link_title} might interest you: {link}",
                    "And since we talked about {topic}, this might interest you: {link}",
                    "This might interest you: {link}",
                ),
                say(
                    "Our conversation about {topic} has stayed with me, and I'd be glad to "
                    "return the favour if I can ever help.",
                    "I'd be glad to return the favour if I can ever help.",
                    unless=GIFTS,
                ),
            ),
            say("I often think of what you told me about {topic}.", **RECALL),
            say("Wishing you a great few months ahead."),
            sign("Take care"),
            subject=SUBJECT,
        ),
    ),
    "formal": (
        variant(
            DEAR,
            (
                say(
                    "I hope this message finds you well, some months after my interviews at "
                    "{company}.",
                    "I hope this message finds you well.",
                ),
                say("Please accept my congratulations on {news}."),
                say(
                    'I recently read "{link_title}", which relates to our discussion of '
                    "{topic}: {link}",
                    "I recently read the following, which relates to our discussion of "
                    "{topic}: {link}",
                    'I recently read "{link_title}" and thought it may interest you: {link}',
                    "I recently read the following and thought it may interest you: {link}",
                ),
                say("As an update on my side, {progress}."),
                say(
                    "Should I ever be able to assist with {topic}, I would be glad to do so.",
                    "Should I ever be able to assist you, I would be glad to do so.",
                    unless=GIFTS,
                ),
            ),
            say("Our discussion of {topic} has remained with me.", **RECALL),
            say("No reply is needed; I simply wished to stay in touch."),
            sign("Kind regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR,
            (
                say(
                    "I am writing to stay in touch following my interviews for the {role} "
                    "position.",
                    "I am writing to stay in touch following my interviews at {company}.",
                    "I am writing to stay in touch following our conversation.",
                ),
                say("I was pleased to read about {news}, and I offer my congratulations."),
                say("You may find the following of interest: {link}"),
                say("I would also like to share some progress of my own: {progress}."),
                say("I continue to reflect on our discussion of {topic}.", **RECALL),
                say(
                    "I continue to follow developments in {topic}, and would be pleased to "
                    "share anything useful I come across.",
                    "I would be pleased to share anything useful I come across.",
                    unless=GIFTS,
                ),
            ),
            sign("Best regards"),
            subject=SUBJECT,
        ),
        variant(
            DEAR,
            (
                say(
                    "I trust all is well at {company}.",
                    "I trust all is well with you.",
                ),
                say(
                    "Since our discussion of {topic}, I came across a piece you may appreciate: "
                    "{link}",
                    "I came across a piece you may appreciate: {link}",
                ),
                say("Congratulations on {news}, which I read about with interest."),
                say("For my part, {progress}."),
                say(
                    "Should there be any way I can return the courtesy you showed me, please "
                    "do not hesitate to ask.",
                    unless=GIFTS,
                ),
            ),
            say("I remain grateful for your insights into {topic}.", **RECALL),
            say("With best wishes for the months ahead."),
            sign("Yours sincerely"),
            subject=SUBJECT,
        ),
    ),
    "brief": (
        variant(
            HI,
            (
                say("Hope all is well at {company}!", "Hope all is well!"),
                say("Congrats on {news}!"),
                say(
                    "Thought of our chat about {topic} when I read this: {link}",
                    "Thought of you when I read this: {link}",
                ),
                say("Quick update: {progress}."),
                say("Still thinking about {topic}.", **RECALL),
                say("Happy to help if I ever can.", unless=GIFTS),
            ),
            sign("Best"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say("Just saying hello."),
                say("This reminded me of our chat about {topic}: {link}", "Saw this: {link}"),
                say("Big congratulations on {news}."),
                say("On my end: {progress}."),
                say("Our chat about {topic} stuck with me.", **RECALL),
                say("Let me know if I can ever return the favour.", unless=GIFTS),
                say("No need to reply."),
            ),
            sign("Cheers"),
            subject=SUBJECT,
        ),
        variant(
            HI,
            (
                say(
                    "It's been a few months since my {company} interviews and I wanted to say hi.",
                    "It's been a few months and I wanted to say hi.",
                ),
                say("Congratulations on {news}!"),
                say("News from me: {progress}."),
                say("I still remember our chat about {topic}.", **RECALL),
                say("One for you, given our chat about {topic}: {link}", "One for you: {link}"),
                say(
                    "Happy to pass on anything about {topic} I come across.",
                    "Happy to pass on anything useful I come across.",
                    unless=GIFTS,
                ),
            ),
            sign("All the best"),
            subject=SUBJECT,
        ),
    ),
}
