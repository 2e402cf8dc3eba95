import re
from pathlib import Path

import pytest
from django.core.management import call_command

from diary.models import Site, Symptom

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "design" / "catalog.md"

SYMPTOM_SLUGS = [
    "fatigue",
    "depression",
    "difficulty-sleeping",
    "pain",
    "weakness",
    "fever",
    "diarrhea",
    "bone-pain",
    "fracture",
    "hypercalcemia",
    "shortness-of-breath",
    "cough",
    "coughing-up-blood",
    "chest-pain",
    "headache",
    "confusion",
    "facial-numbness",
    "speech-problems",
    "vision-problems",
    "mental-status-change",
    "seizure",
    "balance-problems",
    "nausea",
    "vomiting",
    "loss-of-appetite",
    "weight-loss",
    "jaundice",
    "upper-abdominal-pain",
]
SIDE_EFFECT_SLUGS = [
    "hot-flashes",
    "joint-pain",
    "neuropathy",
    "hair-loss",
    "mouth-sores",
    "rash",
    "hand-foot-syndrome",
    "constipation",
    "injection-site-reaction",
    "swelling",
    "memory-problems",
    "hearing-changes",
    "vaginal-dryness",
    "muscle-pain",
    "dizziness",
    "anxiety",
]

pytestmark = pytest.mark.django_db


def test_every_contract_site_is_in_the_catalog():
    slugs = set(Site.objects.values_list("slug", flat=True))
    assert {"bone", "lung", "liver", "brain", "general", "heart", "intestines", "adrenal"} <= slugs


def test_every_contract_symptom_and_side_effect_is_in_the_catalog_with_its_kind():
    kinds = dict(Symptom.objects.values_list("slug", "kind"))
    for slug in SYMPTOM_SLUGS:
        assert kinds[slug] == "symptom", slug
    for slug in SIDE_EFFECT_SLUGS:
        assert kinds[slug] == "side_effect", slug


@pytest.mark.skipif(
    not CONTRACT.exists(), reason="the shared design folder is not beside the project"
)
def test_catalog_matches_the_contract_table_row_by_row():
    """Sites, red-flag severity and SNOMED CT code of every row of catalog.md."""
    rows = [
        [cell.strip() for cell in line.split("|")[1:-1]]
        for line in CONTRACT.read_text().splitlines()
        if re.match(r"^\| `[a-z-]+` \|", line) and line.count("|") == 7
    ]
    assert len(rows) == len(SYMPTOM_SLUGS)
    for slug, _name, sites, red_flag, _early, code in rows:
        slug = slug.strip("`")
        symptom = Symptom.objects.get(slug=slug)
        expected_sites = {s.strip().split(" ")[0] for s in sites.split(",")}
        assert set(symptom.sites.values_list("slug", flat=True)) == expected_sites, slug
        threshold = re.match(r"\s*(any|\d)", red_flag)
        expected = (
            None
            if not threshold
            else (1 if threshold.group(1) == "any" else int(threshold.group(1)))
        )
        assert symptom.red_flag_min_severity == expected, slug
        assert symptom.snomed_code == (re.match(r"\s*(\d*)", code).group(1)), slug


def test_every_row_names_its_source():
    assert not Symptom.objects.filter(source="").exists()
    assert not Site.objects.filter(source="").exists()
    for symptom in Symptom.objects.exclude(red_flag_min_severity=None):
        assert symptom.red_flag_source, symptom.slug


def test_red_flags_beyond_the_source_document_name_another_source():
    for slug in ("coughing-up-blood", "seizure"):
        assert Symptom.objects.get(slug=slug).red_flag_source.startswith("NHS")


def test_fever_has_the_38_degree_rule():
    assert str(Symptom.objects.get(slug="fever").red_flag_min_temperature_c) == "38.0"


def test_loading_the_catalog_twice_changes_nothing():
    before = (Site.objects.count(), Symptom.objects.count())
    call_command("loaddata", "catalog", verbosity=0)
    assert (Site.objects.count(), Symptom.objects.count()) == before


def test_loading_the_catalog_updates_an_edited_row_in_place():
    Symptom.objects.filter(slug="cough").update(name="Changed")
    pk = Symptom.objects.get(slug="cough").pk
    call_command("loaddata", "catalog", verbosity=0)
    cough = Symptom.objects.get(slug="cough")
    assert (cough.pk, cough.name) == (pk, "Cough")


def test_catalog_is_in_the_admin(admin_client):
    response = admin_client.get("/admin/diary/symptom/")
    assert response.status_code == 200
    assert b"shortness-of-breath" in response.content


def test_spinal_cord_rows_follow_upper_abdominal_pain_on_the_bone_list():
    slugs = list(Symptom.objects.filter(kind="symptom").values_list("slug", flat=True))
    start = slugs.index("upper-abdominal-pain") + 1
    assert slugs[start : start + 3] == ["back-pain", "leg-weakness", "bladder-bowel-control"]
    for slug in slugs[start : start + 3]:
        symptom = Symptom.objects.get(slug=slug)
        assert list(symptom.sites.values_list("slug", flat=True)) == ["bone"], slug
        assert "NICE guideline NG234" in symptom.source, slug
        assert symptom.synonyms, slug


def test_one_off_events_are_asked_yes_or_no():
    yes_no = set(Symptom.objects.filter(response="yes_no").values_list("slug", flat=True))
    assert yes_no == {"seizure", "fracture", "coughing-up-blood", "bladder-bowel-control"}


def test_back_pain_words_belong_to_back_pain_not_to_generic_pain():
    pain = Symptom.objects.get(slug="pain").synonyms
    back = Symptom.objects.get(slug="back-pain").synonyms
    assert "back pain" in back and "backache" in back
    assert not {"back pain", "backache", "bad back"} & set(pain)
