"""A reading of a sentence: a trigger lifted through the frames that govern it (code.py builds them; the checks
of no_act.py and the event assembly read them). Its own module so that those checks need not import the coder."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.patterns import Frame
from tidings.events.triggers import Trigger


@dataclass(slots=True)
class Reading:
    """A trigger lifted through its frames: the code to report and the verbs it spans."""

    trigger: Trigger
    code: str
    chain: list[Token]  # trigger verb first, then each frame verb above it
    frames: list[Frame] = field(default_factory=list)
    speaker: Token | None = None  # speech verb this reading is reported under (demand by modal)
    # where the act coded begins when a frame recodes (a threat, a demand, an offer): the chain verbs and frames
    # from these indices on give its mode; the act threatened or demanded keeps its own below them
    act_from: int = 0
    act_frames: int = 0

    @property
    def anchor(self) -> Token:
        return self.chain[-1]
