"""Round 56 (docs/note-reader.md, "Round 56"): the last months at home, Welsh and Cornish
English, medicines by dose and time; young women, Gen-Z, Australian and New Zealand English,
forums. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("The diazepam settled my nerves before the scan.", "anxiety"),
        ("Lost a bit more weight, down to 9 stone.", "weight-loss"),
        ("Got the squits since the new tablets.", "diarrhea"),
        ("Lost all my go this week.", "fatigue"),
        ("Too wiped to do anything after the infusion.", "fatigue"),
        ("Two accidents in the bed overnight.", "bladder-bowel-control"),
        ("Haven't opened my bowels since Sunday.", "constipation"),
        ("Very agitated this evening, pulling at her clothes.", "mental-status-change"),
        ("The ringing is back in my left ear.", "hearing-changes"),
        ("Can't be bothered eating today.", "loss-of-appetite"),
        ("Mood's been rubbish all week.", "depression"),
        ("Sweating through my pyjamas again at 3am.", "hot-flashes"),
        ("Soles peeling since cycle 3.", "hand-foot-syndrome"),
        ("Bleeding like a period, soaked a pad.", "vaginal-bleeding"),
        ("Back pain is munted today.", "back-pain"),
    ],
)  # fmt: skip
def test_round_56_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # denied in few words
        ("Dizzy but didn't actually pass out.", "palpitations", "negated"),
        ("Fingers fine, no tingling.", "neuropathy", "negated"),
        ("Eating well, no appetite problems.", "loss-of-appetite", "negated"),
        ("Weighed today, not lost any weight.", "weight-loss", "negated"),
        # feared and doubted
        ("Crutches in case the bone breaks.", "fracture", "hypothetical"),
        ("The doctor said I might go yellow.", "jaundice", "hypothetical"),
        ("Is my right ankle more swollen than the left?", "swelling", "uncertain"),
        # others: a forum, a boyfriend in brackets, a partner who writes
        ("Someone in my online group said her legs went numb.", "leg-weakness", "family"),
        ("Jo (bestie) has a cough and a cold.", "cough", "family"),
        ("Sam (partner) writing. I've got a stinking cough today.", "cough", "family"),
        # her reading on another's thermometer
        ("Dad's old thermometer says 38.6.", "fever", "present"),
    ],
)  # fmt: skip
def test_round_56_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        # Gen-Z: "not giving" is no denial, and no symptom by itself
        "The weather is NOT giving today.",
        # a bone that broke long ago, told of a mother
        "Mother mine, long ago, bone break easy.",
    ],
)
def test_round_56_everyday_words_are_not_her_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_not_giving_does_not_deny_what_follows():
    assert ("vomiting", "present") in found("The nausea is NOT giving today, threw up twice.")
