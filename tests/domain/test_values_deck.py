"""The values deck: the 83 cards, and which of them still wait to be sorted."""

from __future__ import annotations

from wellbeing.domain.values import Pile, Value
from wellbeing.domain.values_deck import DECK, DeckCard, name_key, sorting_queue, unsorted_cards

EXPECTED_NAMES = [
    "Acceptance",
    "Accuracy",
    "Achievement",
    "Adventure",
    "Attractiveness",
    "Authority",
    "Autonomy",
    "Beauty",
    "Caring",
    "Challenge",
    "Change",
    "Comfort",
    "Commitment",
    "Compassion",
    "Contribution",
    "Cooperation",
    "Courtesy",
    "Creativity",
    "Dependability",
    "Duty",
    "Ecology",
    "Excitement",
    "Faithfulness",
    "Fame",
    "Family",
    "Fitness",
    "Flexibility",
    "Forgiveness",
    "Friendship",
    "Fun",
    "Generosity",
    "Genuineness",
    "God's will",
    "Growth",
    "Health",
    "Helpfulness",
    "Honesty",
    "Hope",
    "Humility",
    "Humor",
    "Independence",
    "Industry",
    "Inner peace",
    "Intimacy",
    "Justice",
    "Knowledge",
    "Leisure",
    "Loved",
    "Loving",
    "Mastery",
    "Mindfulness",
    "Moderation",
    "Monogamy",
    "Nonconformity",
    "Nurturance",
    "Openness",
    "Order",
    "Passion",
    "Pleasure",
    "Popularity",
    "Power",
    "Purpose",
    "Rationality",
    "Realism",
    "Responsibility",
    "Risk",
    "Romance",
    "Safety",
    "Self-acceptance",
    "Self-control",
    "Self-esteem",
    "Self-knowledge",
    "Service",
    "Sexuality",
    "Simplicity",
    "Solitude",
    "Spirituality",
    "Stability",
    "Tolerance",
    "Tradition",
    "Virtue",
    "Wealth",
    "World peace",
]


def test_the_deck_has_the_83_cards_of_the_card_sort_once_each() -> None:
    names = [card.name for card in DECK]
    assert len(names) == 83
    assert len({name_key(name) for name in names}) == 83
    assert names == EXPECTED_NAMES


def test_every_card_has_a_plain_one_line_description() -> None:
    for card in DECK:
        assert isinstance(card, DeckCard)
        assert card.description.strip(), card.name
        assert "\n" not in card.description
        assert card.description.startswith("to "), card.name
        assert len(card.description) < 80, card.name


def test_descriptions_stay_neutral() -> None:
    by_name = {card.name: card.description for card in DECK}
    assert by_name["Sexuality"] == "to have an active and satisfying sexual life"
    assert by_name["Wealth"] == "to have plenty of money"
    judging = ("should", "must", "bad", "wrong", "sin", "proper", "pure")
    for card in DECK:
        words = card.description.casefold().replace(",", " ").split()
        assert not set(words) & set(judging), card.name


def test_unsorted_cards_leaves_out_names_already_held_ignoring_case_and_spacing() -> None:
    held = [
        Value(1, "honesty", pile=Pile.VERY_IMPORTANT),
        Value(2, "  Inner   PEACE ", pile=Pile.IMPORTANT),
        Value(3, "My cat", own_card=True, pile=Pile.VERY_IMPORTANT),
        Value(4, "Fame", pile=Pile.UNSORTED),
    ]
    left = unsorted_cards(held)
    names = [card.name for card in left]
    assert len(left) == 80
    assert "Honesty" not in names and "Inner peace" not in names and "Fame" not in names
    assert names == [
        name for name in EXPECTED_NAMES if name not in {"Honesty", "Inner peace", "Fame"}
    ]


def test_unsorted_cards_with_nothing_held_is_the_whole_deck_and_with_all_held_is_empty() -> None:
    assert unsorted_cards([]) == list(DECK)
    everything = [Value(i, card.name, pile=Pile.LESS_IMPORTANT) for i, card in enumerate(DECK, 1)]
    assert unsorted_cards(everything) == []


def test_sorting_queue_offers_stored_unplaced_cards_first_then_the_deck() -> None:
    values = [
        Value(1, "Honesty", pile=Pile.VERY_IMPORTANT),
        Value(2, "Dancing", "moving to music", own_card=True),
        Value(3, "Quiet mornings", own_card=True),
    ]
    queue = sorting_queue(values)
    assert [card.name for card in queue[:3]] == ["Quiet mornings", "Dancing", "Acceptance"]
    assert queue[0].value_id == 3 and queue[0].own_card
    assert queue[2].value_id is None
    assert len(queue) == 2 + 82


def test_archived_cards_stay_out_of_the_queue() -> None:
    queue = sorting_queue([], archived=[Value(9, "Acceptance", pile=Pile.IMPORTANT)])
    assert queue[0].name == "Accuracy"
    assert len(queue) == 82


def test_skipped_cards_go_to_the_end_in_the_order_skipped() -> None:
    queue = sorting_queue([], skipped=["accuracy", "acceptance"])
    assert queue[0].name == "Achievement"
    assert [card.name for card in queue[-2:]] == ["Accuracy", "Acceptance"]
    # Skipping a card again moves it behind the others once more.
    queue = sorting_queue([], skipped=["accuracy", "acceptance", "accuracy"])
    assert [card.name for card in queue[-2:]] == ["Acceptance", "Accuracy"]
