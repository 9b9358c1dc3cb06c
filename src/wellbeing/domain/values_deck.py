"""The deck of value cards, and which cards are still waiting to be sorted.

The 83 card names come from the Personal Values Card Sort by W. R. Miller,
J. C'de Baca, D. B. Matthews and P. L. Wilbourne (University of New Mexico, 2001),
which its authors placed in the public domain. The one-line descriptions are our own
wording: plain and neutral, so that no card tells the person what they ought to value.

The cards are written in English and marked for translation; :func:`unsorted_cards` and
:func:`sorting_queue` give them in the person's language once the UI installed a
translator, and a card sorted in one language counts as handled in English too.

The deck itself is fixed; what the person has done with it lives in the vault as
:class:`~wellbeing.domain.values.Value` records. A card counts as "handled" once a value
of the same name exists (case and spacing ignored), whether it sits in a pile, waits
unsorted, or was put in the archive: an archived card does not come back on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .text import QT_TRANSLATE_NOOP, translated
from .values import Pile, Value

CONTEXT = "ValuesDeck"


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
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Acceptance"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be accepted as I am"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Accuracy"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be careful and correct in what I think and say"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Achievement"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to accomplish things that feel worthwhile to me"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Adventure"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have new and exciting experiences"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Attractiveness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to feel good about how I look"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Authority"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be in charge of what happens around me"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Autonomy"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to make my own choices and direct my own life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Beauty"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to notice and enjoy beauty around me"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Caring"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to take care of others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Challenge"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to take on hard things and grow through them"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Change"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have variety and change in my life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Comfort"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have a pleasant and comfortable life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Commitment"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to make promises that matter to me and keep them"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Compassion"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to feel and show concern for others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Contribution"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to make a lasting difference in the world"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Cooperation"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to work well together with others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Courtesy"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be considerate and polite toward others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Creativity"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to make new things or have new ideas"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Dependability"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be someone others can count on"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Duty"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to carry out what I see as my responsibilities"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Ecology"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to live in harmony with the earth and look after it"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Excitement"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have a life full of thrills and energy"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Faithfulness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be loyal and true in my relationships"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Fame"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be known and recognised"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Family"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have a happy, loving family, however I define it"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Fitness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be physically strong and fit"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Flexibility"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to adjust easily when things change"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Forgiveness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to forgive others, and myself"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Friendship"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have close, supportive friends"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Fun"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to play and have fun"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Generosity"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to give what I have to others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Genuineness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to act in a way that is true to who I am"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "God's will"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to seek and follow God's will in my life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Growth"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to keep changing and growing"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Health"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be physically well"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Helpfulness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be helpful to others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Honesty"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be truthful and real"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Hope"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to keep a hopeful outlook"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Humility"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be modest and unassuming"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Humor"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to see the funny side of myself and the world"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Independence"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to stand on my own and not depend on others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Industry"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to work hard and well at what I do"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Inner peace"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to feel at peace within myself"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Intimacy"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to share my innermost experiences with someone close"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Justice"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to work for fair and equal treatment for everyone"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Knowledge"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to learn and to hold knowledge I find valuable"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Leisure"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to take time to relax and enjoy myself"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Loved"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be loved by those close to me"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Loving"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to give love to others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Mastery"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be very skilled at what I do"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Mindfulness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to live with awareness of the present moment"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Moderation"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to avoid extremes and find a middle way"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Monogamy"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have one close, exclusive relationship"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Nonconformity"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to question and go against rules and norms"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Nurturance"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to encourage and support others as they grow"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Openness"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be open to new experiences, ideas and options"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Order"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have a life that is well ordered and organised"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Passion"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have deep feelings about ideas, activities or people"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Pleasure"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to feel good"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Popularity"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be well liked by many people"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Power"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have influence over others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Purpose"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have meaning and direction in my life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Rationality"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be guided by reason and logic"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Realism"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to see and act on things practically, as they are"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Responsibility"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to make and carry out responsible decisions"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Risk"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to take risks and chances"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Romance"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have romance in my life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Safety"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be safe and secure"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Self-acceptance"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to accept myself as I am"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Self-control"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be in charge of my own actions"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Self-esteem"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to feel good about myself"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Self-knowledge"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have a deep, honest understanding of myself"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Service"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to be of service to others"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Sexuality"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have an active and satisfying sexual life"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Simplicity"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to live simply, with what I need"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Solitude"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have time and space to be on my own"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Spirituality"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to grow spiritually, in my own way"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Stability"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have a life that stays fairly steady"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Tolerance"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to accept and respect people who differ from me"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Tradition"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to follow customs and ways handed down to me"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Virtue"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to live a good life by my own sense of right"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "Wealth"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to have plenty of money"),
    ),
    _card(
        QT_TRANSLATE_NOOP("ValuesDeck", "World peace"),
        QT_TRANSLATE_NOOP("ValuesDeck", "to help bring about peace in the world"),
    ),
)


def unsorted_cards(values: Iterable[Value]) -> list[DeckCard]:
    """Deck cards whose name is not yet among ``values`` (case-insensitive), in deck order.

    Pass archived values too when a card put away should stay away. The cards come in
    the person's language; one held under its English name or its translated name counts
    as handled.
    """
    taken = {name_key(value.name) for value in values}
    return [
        _localized(card)
        for card in DECK
        if name_key(card.name) not in taken
        and name_key(translated(CONTEXT, card.name)) not in taken
    ]


def _localized(card: DeckCard) -> DeckCard:
    name, description = translated(CONTEXT, card.name), translated(CONTEXT, card.description)
    return (
        card
        if (name, description) == (card.name, card.description)
        else DeckCard(name, description)
    )


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
