"""The deck of value cards, and which cards are still waiting to be sorted.

The 83 card names come from the Personal Values Card Sort by W. R. Miller,
J. C'de Baca, D. B. Matthews and P. L. Wilbourne (University of New Mexico, 2001),
which its authors placed in the public domain. The one-line descriptions are our own
wording: plain and neutral, so that no card tells the person what they ought to value.

The deck itself is fixed; what the person has done with it lives in the vault as
:class:`~wellbeing.domain.values.Value` records. A card counts as "handled" once a value
of the same name exists (case and spacing ignored), whether it sits in a pile, waits
unsorted, or was put in the archive: an archived card does not come back on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .values import Pile, Value


@dataclass(frozen=True)
class DeckCard:
    """One card of the printed deck: a name and what it can mean."""

    name: str
    description: str


@dataclass(frozen=True)
class QueuedCard:
    """A card waiting to be sorted in this session.

    ``value_id`` is set when the card is already stored but not yet placed in a pile
    (the person's own card, or an imported one); sorting it updates that record instead
    of adding a new one.
    """

    name: str
    description: str = ""
    value_id: int | None = None
    own_card: bool = False

    @property
    def key(self) -> str:
        return name_key(self.name)


def name_key(name: str) -> str:
    """How two card names are compared: case and spacing do not make a new card."""
    return " ".join(name.split()).casefold()


def _card(name: str, description: str) -> DeckCard:
    return DeckCard(name, description)


DECK: tuple[DeckCard, ...] = (
    _card("Acceptance", "to be accepted as I am"),
    _card("Accuracy", "to be careful and correct in what I think and say"),
    _card("Achievement", "to accomplish things that feel worthwhile to me"),
    _card("Adventure", "to have new and exciting experiences"),
    _card("Attractiveness", "to feel good about how I look"),
    _card("Authority", "to be in charge of what happens around me"),
    _card("Autonomy", "to make my own choices and direct my own life"),
    _card("Beauty", "to notice and enjoy beauty around me"),
    _card("Caring", "to take care of others"),
    _card("Challenge", "to take on hard things and grow through them"),
    _card("Change", "to have variety and change in my life"),
    _card("Comfort", "to have a pleasant and comfortable life"),
    _card("Commitment", "to make promises that matter to me and keep them"),
    _card("Compassion", "to feel and show concern for others"),
    _card("Contribution", "to make a lasting difference in the world"),
    _card("Cooperation", "to work well together with others"),
    _card("Courtesy", "to be considerate and polite toward others"),
    _card("Creativity", "to make new things or have new ideas"),
    _card("Dependability", "to be someone others can count on"),
    _card("Duty", "to carry out what I see as my responsibilities"),
    _card("Ecology", "to live in harmony with the earth and look after it"),
    _card("Excitement", "to have a life full of thrills and energy"),
    _card("Faithfulness", "to be loyal and true in my relationships"),
    _card("Fame", "to be known and recognised"),
    _card("Family", "to have a happy, loving family, however I define it"),
    _card("Fitness", "to be physically strong and fit"),
    _card("Flexibility", "to adjust easily when things change"),
    _card("Forgiveness", "to forgive others, and myself"),
    _card("Friendship", "to have close, supportive friends"),
    _card("Fun", "to play and have fun"),
    _card("Generosity", "to give what I have to others"),
    _card("Genuineness", "to act in a way that is true to who I am"),
    _card("God's will", "to seek and follow God's will in my life"),
    _card("Growth", "to keep changing and growing"),
    _card("Health", "to be physically well"),
    _card("Helpfulness", "to be helpful to others"),
    _card("Honesty", "to be truthful and real"),
    _card("Hope", "to keep a hopeful outlook"),
    _card("Humility", "to be modest and unassuming"),
    _card("Humor", "to see the funny side of myself and the world"),
    _card("Independence", "to stand on my own and not depend on others"),
    _card("Industry", "to work hard and well at what I do"),
    _card("Inner peace", "to feel at peace within myself"),
    _card("Intimacy", "to share my innermost experiences with someone close"),
    _card("Justice", "to work for fair and equal treatment for everyone"),
    _card("Knowledge", "to learn and to hold knowledge I find valuable"),
    _card("Leisure", "to take time to relax and enjoy myself"),
    _card("Loved", "to be loved by those close to me"),
    _card("Loving", "to give love to others"),
    _card("Mastery", "to be very skilled at what I do"),
    _card("Mindfulness", "to live with awareness of the present moment"),
    _card("Moderation", "to avoid extremes and find a middle way"),
    _card("Monogamy", "to have one close, exclusive relationship"),
    _card("Nonconformity", "to question and go against rules and norms"),
    _card("Nurturance", "to encourage and support others as they grow"),
    _card("Openness", "to be open to new experiences, ideas and options"),
    _card("Order", "to have a life that is well ordered and organised"),
    _card("Passion", "to have deep feelings about ideas, activities or people"),
    _card("Pleasure", "to feel good"),
    _card("Popularity", "to be well liked by many people"),
    _card("Power", "to have influence over others"),
    _card("Purpose", "to have meaning and direction in my life"),
    _card("Rationality", "to be guided by reason and logic"),
    _card("Realism", "to see and act on things practically, as they are"),
    _card("Responsibility", "to make and carry out responsible decisions"),
    _card("Risk", "to take risks and chances"),
    _card("Romance", "to have romance in my life"),
    _card("Safety", "to be safe and secure"),
    _card("Self-acceptance", "to accept myself as I am"),
    _card("Self-control", "to be in charge of my own actions"),
    _card("Self-esteem", "to feel good about myself"),
    _card("Self-knowledge", "to have a deep, honest understanding of myself"),
    _card("Service", "to be of service to others"),
    _card("Sexuality", "to have an active and satisfying sexual life"),
    _card("Simplicity", "to live simply, with what I need"),
    _card("Solitude", "to have time and space to be on my own"),
    _card("Spirituality", "to grow spiritually, in my own way"),
    _card("Stability", "to have a life that stays fairly steady"),
    _card("Tolerance", "to accept and respect people who differ from me"),
    _card("Tradition", "to follow customs and ways handed down to me"),
    _card("Virtue", "to live a good life by my own sense of right"),
    _card("Wealth", "to have plenty of money"),
    _card("World peace", "to help bring about peace in the world"),
)


def unsorted_cards(values: Iterable[Value]) -> list[DeckCard]:
    """Deck cards whose name is not yet among ``values`` (case-insensitive), in deck order.

    Pass archived values too when a card put away should stay away.
    """
    taken = {name_key(value.name) for value in values}
    return [card for card in DECK if name_key(card.name) not in taken]


def sorting_queue(
    values: Iterable[Value],
    archived: Iterable[Value] = (),
    skipped: Sequence[str] = (),
) -> list[QueuedCard]:
    """The cards still to sort, in the order they are offered.

    First the person's stored but unplaced cards (newest first, so a card they just
    wrote comes up at once), then the deck cards not yet handled. Cards whose key is in
    ``skipped`` ("Skip for now" in this session) go to the end, in the order they were
    last skipped.
    """
    current = list(values)
    stored = sorted(
        (value for value in current if value.pile is Pile.UNSORTED),
        key=lambda value: -(value.id or 0),
    )
    queue = [
        QueuedCard(value.name, value.description, value.id, value.own_card) for value in stored
    ]
    queue += [
        QueuedCard(card.name, card.description) for card in unsorted_cards([*current, *archived])
    ]
    order = {key: position for position, key in enumerate(skipped)}  # the last skip counts
    waiting = [card for card in queue if card.key not in order]
    later = sorted((card for card in queue if card.key in order), key=lambda c: order[c.key])
    return waiting + later
