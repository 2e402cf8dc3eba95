"""Round 8's shapes of wording (docs/note-reader.md, "Round 8"): each written for a class of
wordings and checked here on sentences of that class that no evaluation note contains, with
near misses that must not be tagged, asked or given the wrong status."""

import pytest

from diary import tagging
from diary.tagging_rules import history_told
from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # a back said to be bad, the waist for the lower back
        ("my back's been terrible since Tuesday", "back-pain"),
        ("Her back is really bad again tonight", "back-pain"),
        ("bad waist pain since the weekend", "back-pain"),
        # breath that catches
        ("my breath keeps catching on the stairs", "shortness-of-breath"),
        # "the fits", said as seizures
        ("her fits have started again", "seizure"),
        # "not myself" said with "feel"
        ("I do not feel like myself this week", "mental-status-change"),
        ("Mum doesn't feel herself at all", "mental-status-change"),
        # a part that feels someone else's; feeling lost in the legs
        ("my thigh feels like it belongs to a stranger", "leg-weakness"),
        ("lip feels like it belongs to somebody else", "facial-numbness"),
        ("she has lost all the power in her right leg", "leg-weakness"),
        # a temperature past measure
        ("temperature went through the roof at tea time", "fever"),
        # words that mix
        ("my words keep getting scrambled", "speech-problems"),
        # an injection site told by where the needle went
        ("tummy tender and bruised where the nurse injected", "injection-site-reaction"),
        ("arm swollen where the needle went in", "injection-site-reaction"),
        # her words quoted
        ('legs feel "like lead" today', "leg-weakness"),
        # somewhere she is not
        ("Mum thinks she's at work when she's in her own kitchen", "confusion"),
        # a headache rated or said to go down
        ("HA 4/10 this morning", "headache"),
        ("HA down after paracetamol", "headache"),
    ],
)
def test_round_eight_shapes_are_found_present(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("The results came back bad, so more chemo", "back-pain"),
        ("we got back, bad traffic all the way", "back-pain"),
        ("the jeans are tight round the waist", "back-pain"),
        ("Deep breath, catching up on emails now", "shortness-of-breath"),
        ("the dress fits again after all that", "seizure"),
        ("it fits fine now", "seizure"),
        ("I don't feel myself getting any stronger", "mental-status-change"),
        ("I didn't feel myself fall", "mental-status-change"),
        ("The house feels like it belongs to someone else now", "facial-numbness"),
        ("lost the use of the car this week", "leg-weakness"),
        ("prices are through the roof", "fever"),
        ("Knee is sore where it went in the door", "injection-site-reaction"),
        ("the builders were late at the site", "injection-site-reaction"),
        ("HA HA very funny", "headache"),
        ("I thought I was at the dentist today but it's tomorrow", "confusion"),
    ],
)
def test_round_eight_near_misses_are_not_tagged_present(text, symptom):
    assert (symptom, "present") not in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        "Daughter writing: Mum is confused tonight, keeps asking for her own mother.",
        "Aunty was confused this morning and hard to wake.",
    ],
)
def test_a_carer_writing_about_the_patient_reports_her_confusion(text):
    assert ("confusion", "present") in found(text)


def test_a_title_aunty_is_the_patient_but_my_auntie_is_a_relative():
    assert ("speech-problems", "family") in found(
        "My auntie had a stroke and lost her speech, so when I muddled my words I panicked"
    )


def test_a_relatives_back_said_to_be_bad_is_hers_not_the_patients():
    assert ("back-pain", "present") not in found("Hubby's back is bad again after the bins")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Mum is really confused tonight", False),  # "used to" inside "confused tonight"
        ("She is so itchy today", False),  # "catch it"... not inside "itchy"
        ("Mum used to get headaches", True),
        ("my mum had it too", True),
    ],
)
def test_a_family_historys_phrases_are_read_as_whole_words(text, told):
    doc = tagging.get_tagger().nlp(text)
    assert history_told(doc) is told


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Rash on my arms since the new tablets? not sure it's that.", "rash"),
        ("Feet tingling after the paclitaxel? not sure it's the drug", "neuropathy"),
    ],
)
def test_a_doubted_cause_leaves_the_symptom_present(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Is this a rash? Not sure.", "rash"),  # the symptom itself doubted
        ("eyes a bit yellow after the chemo? not sure it's that bad", "jaundice"),
    ],
)
def test_a_doubted_symptom_after_a_question_stays_uncertain(text, symptom):
    assert (symptom, "uncertain") in found(text)


def test_urine_that_escapes_is_a_loss_of_control_but_a_wee_one_is_a_baby():
    assert ("bladder-bowel-control", "present") in found("her pee keeps leaking, pads soaked")
    assert everything("the wee one is dribbling, teething again") == []


def test_a_broken_bone_she_thinks_she_has_is_uncertain():
    assert found("Slipped on the ice, can't bend my wrist, think I've broken it") == [
        ("fracture", "uncertain")
    ]


def test_an_item_the_page_offers_already_is_not_asked_again():
    """The reader's uncertain fever is offered once; "hot and cold" asks nothing more."""
    mentions = tagging.tag("Might have a temperature, not sure. Feel hot and cold all evening.")
    assert [(m.symptom, m.status) for m in mentions] == [("fever", "uncertain")]
    assert not any(m.is_safety_question for m in mentions)


def test_a_negated_item_elsewhere_in_the_note_is_still_asked():
    mentions = tagging.tag("No temperature this morning. Tonight boiling hot and shivery.")
    assert any(m.symptom == "fever" and m.status in ("present", "uncertain") for m in mentions)
