"""The drug catalog: today's stage IV drugs, their labels, sourced links, codes and the
sourcing table a pharmacist reviews (fixtures/drug_sources.csv and .md)."""

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from diary.models import Drug, DrugSideEffect, DrugWarningSign, Symptom

pytestmark = pytest.mark.django_db

FIXTURES = Path(settings.BASE_DIR) / "fixtures"

ISSUE_DRUGS = [
    "ribociclib",
    "abemaciclib",
    "elacestrant",
    "alpelisib",
    "capivasertib",
    "everolimus",
    "pertuzumab",
    "trastuzumab-emtansine",
    "trastuzumab-deruxtecan",
    "tucatinib",
    "neratinib",
    "sacituzumab-govitecan",
    "pembrolizumab",
    "olaparib",
    "talazoparib",
    "docetaxel",
    "nab-paclitaxel",
    "eribulin",
    "gemcitabine",
    "carboplatin",
    "vinorelbine",
    "pegylated-liposomal-doxorubicin",
    "goserelin",
    "leuprorelin",
    "denosumab",
    "zoledronic-acid",
]
EARLIER_DRUGS = [
    "tamoxifen",
    "anastrozole",
    "fulvestrant",
    "lapatinib",
    "cisplatin",
    "letrozole",
    "exemestane",
    "capecitabine",
    "palbociclib",
    "trastuzumab",
    "paclitaxel",
]
NEW_ROWS = {
    "palpitations": "Palpitations or fainting",
    "jaw-pain": "Jaw pain",
    "calf-swelling": "Calf pain or swelling",
    "vaginal-bleeding": "Vaginal bleeding",
    "high-blood-sugar": "Signs of high blood sugar",
}
# Only vaginal bleeding has a code read in a named public file (see its source); the other new
# rows say in their source why they are blank.
VERIFIED_NEW_ROW_SNOMED = {"vaginal-bleeding": "289530006"}
# Each was checked against the named public source in the drug's rxnorm_source; a code added
# without that check fails here.
VERIFIED_RXNORM = {
    "tamoxifen": "10324",
    "anastrozole": "84857",
    "paclitaxel": "56946",
    "lapatinib": "480167",
    "cisplatin": "2555",
    "capecitabine": "194000",
    "gemcitabine": "12574",
    "carboplatin": "40048",
    "ribociclib": "1873916",
    "zoledronic-acid": "77655",
    "fulvestrant": "282357",
    "goserelin": "50610",
    "docetaxel": "72962",
    "letrozole": "72965",
    "trastuzumab": "224905",
    "pertuzumab": "1298944",
    "everolimus": "141704",
    "palbociclib": "1601374",
    "trastuzumab-emtansine": "1371041",
    "abemaciclib": "1946825",
    "alpelisib": "2169285",
    "tucatinib": "2361285",
    "neratinib": "1940643",
    "olaparib": "1597582",
    "talazoparib": "2099704",
    "pembrolizumab": "1547545",
    "vinorelbine": "39541",
}
REQUIRED_SIGNS = {
    ("trastuzumab-deruxtecan", "cough"),
    ("trastuzumab-deruxtecan", "shortness-of-breath"),
    ("trastuzumab-deruxtecan", "fever"),
    ("abemaciclib", "diarrhea"),
    ("alpelisib", "high-blood-sugar"),
    ("denosumab", "jaw-pain"),
    ("zoledronic-acid", "jaw-pain"),
    ("ribociclib", "palpitations"),
    ("tamoxifen", "calf-swelling"),
    ("tamoxifen", "shortness-of-breath"),
    ("docetaxel", "fever"),
    ("eribulin", "fever"),
    ("gemcitabine", "fever"),
    ("carboplatin", "fever"),
    ("vinorelbine", "fever"),
}
SECTION_WORDS = re.compile(
    r"Highlights|ADVERSE REACTIONS|WARNING|Warnings|Patient Information|Medication Guide|"
    r"\b\d+(\.\d+)?\b"
)


def sources_csv() -> list[dict[str, str]]:
    with (FIXTURES / "drug_sources.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_drug_the_issue_lists_is_in_the_catalog_beside_the_earlier_eleven():
    slugs = set(Drug.objects.values_list("slug", flat=True))
    assert set(ISSUE_DRUGS) <= slugs
    assert set(EARLIER_DRUGS) <= slugs


@pytest.mark.parametrize("slug", ISSUE_DRUGS + EARLIER_DRUGS)
def test_every_drug_has_a_class_and_a_named_label(slug):
    drug = Drug.objects.get(slug=slug)
    assert drug.drug_class
    assert "Prescribing Information" in drug.label_title or "SmPC" in drug.label_title
    assert drug.label_url.startswith("https://")


@pytest.mark.parametrize("slug", ISSUE_DRUGS)
def test_every_new_drug_has_side_effect_links_quoting_a_labelled_section(slug):
    links = list(DrugSideEffect.objects.filter(drug__slug=slug))
    assert links
    for link in links:
        assert link.evidence, link
        assert SECTION_WORDS.search(link.source), link.source
        assert Drug.objects.get(slug=slug).label_title in link.source


def test_no_link_without_a_source_or_the_labels_words():
    assert not DrugSideEffect.objects.filter(source="").exists()
    assert not DrugSideEffect.objects.filter(evidence="").exists()


def test_lapatinib_links_jaundice_and_shortness_of_breath():
    symptoms = set(
        DrugSideEffect.objects.filter(drug__slug="lapatinib").values_list(
            "symptom__slug", flat=True
        )
    )
    assert {"jaundice", "shortness-of-breath"} <= symptoms


def test_tamoxifen_links_blood_clots_and_vaginal_bleeding():
    symptoms = set(
        DrugSideEffect.objects.filter(drug__slug="tamoxifen").values_list(
            "symptom__slug", flat=True
        )
    )
    assert {"calf-swelling", "vaginal-bleeding"} <= symptoms


@pytest.mark.parametrize(("slug", "weak"), [("tamoxifen", "MIMS"), ("trastuzumab", "dailyRx")])
def test_weak_sources_are_replaced_by_the_label(slug, weak):
    sources = DrugSideEffect.objects.filter(drug__slug=slug).values_list("source", flat=True)
    assert sources
    assert all(weak not in source for source in sources)
    assert all("US Prescribing Information" in source for source in sources)


def test_rxnorm_codes_are_exactly_the_verified_ones_each_with_its_source():
    coded = {d.slug: d for d in Drug.objects.exclude(rxnorm_code="")}
    assert {slug: d.rxnorm_code for slug, d in coded.items()} == VERIFIED_RXNORM
    for drug in coded.values():
        assert drug.rxnorm_code.isdigit()
        assert drug.rxnorm_code in drug.rxnorm_source or "RxNav" in drug.rxnorm_source
    assert not Drug.objects.filter(rxnorm_code="").exclude(rxnorm_source="").exists()


@pytest.mark.parametrize(("slug", "name"), NEW_ROWS.items())
def test_new_side_effect_rows_named_by_the_labels(slug, name):
    symptom = Symptom.objects.get(slug=slug)
    assert symptom.name == name
    assert symptom.kind == Symptom.Kind.SIDE_EFFECT
    assert not symptom.sites.exists()
    assert symptom.description
    assert len(symptom.synonyms) >= 8
    assert "Prescribing Information" in symptom.source
    assert symptom.snomed_code == VERIFIED_NEW_ROW_SNOMED.get(slug, "")  # the source says why
    if symptom.snomed_code:
        assert symptom.snomed_code in symptom.source
    assert "SNOMED CT" in symptom.source


def test_new_rows_synonyms_belong_to_one_symptom_only():
    owners: dict[str, set[str]] = {}
    for slug, synonyms in Symptom.objects.values_list("slug", "synonyms"):
        for word in synonyms:
            owners.setdefault(word.lower(), set()).add(slug)
    for slug in NEW_ROWS:
        for word in Symptom.objects.get(slug=slug).synonyms:
            assert owners[word.lower()] == {slug}, word


def test_required_label_warning_signs_exist():
    pairs = set(DrugWarningSign.objects.values_list("drug__slug", "symptom__slug"))
    assert pairs >= REQUIRED_SIGNS


def test_every_warning_sign_speaks_plainly_and_cites_the_label():
    for sign in DrugWarningSign.objects.select_related("drug", "symptom"):
        assert sign.advice.startswith("While on "), sign
        assert sign.drug.generic_name.split(" (")[0] in sign.advice
        assert "should be reported" in sign.advice
        assert sign.source and sign.evidence
        assert 1 <= sign.min_severity <= 4


def test_fever_signs_also_fire_on_the_catalogs_high_fever_temperature():
    fever = Symptom.objects.get(slug="fever")
    for sign in DrugWarningSign.objects.filter(symptom=fever):
        assert sign.min_temperature_c == fever.red_flag_min_temperature_c


# --- the sourcing table ----------------------------------------------------------------------


def fixture_rows(model: str) -> list[dict]:
    rows = json.loads((FIXTURES / "catalog.json").read_text())
    return [r["fields"] for r in rows if r["model"] == model]


def test_sourcing_table_lists_every_issue_drug_with_its_rxnorm_status():
    rows = [r for r in sources_csv() if r["row"] == "rxnorm"]
    assert Counter(r["drug"] for r in rows) == Counter(set(ISSUE_DRUGS + EARLIER_DRUGS))
    for row in rows:
        drug = Drug.objects.get(slug=row["drug"])
        if drug.rxnorm_code:
            assert row["rxnorm_code"] == drug.rxnorm_code
            assert row["rxnorm_verified_against"] == drug.rxnorm_source
        else:
            assert row["rxnorm_code"] == "blank (not verified)"


def test_sourcing_table_lists_every_link_of_the_issue_drugs_with_the_fixtures_words():
    table = {(r["drug"], r["symptom"]): r for r in sources_csv() if r["row"] == "side effect"}
    for fields in fixture_rows("diary.drugsideeffect"):
        drug = fields["drug"][0]
        if drug in ISSUE_DRUGS or drug in ("tamoxifen", "trastuzumab"):
            row = table[drug, fields["symptom"][0]]
            assert row["label_words"] == fields["evidence"]
            assert fields["source"].endswith(row["section"])
            assert row["checked"]


def test_sourcing_table_lists_every_warning_sign():
    table = {(r["drug"], r["symptom"]) for r in sources_csv() if r["row"].startswith("warning")}
    fixture = {(f["drug"][0], f["symptom"][0]) for f in fixture_rows("diary.drugwarningsign")}
    assert table == fixture


def test_readable_table_names_every_drug_and_what_is_left_for_review():
    text = (FIXTURES / "drug_sources.md").read_text()
    for drug in Drug.objects.all():
        assert f"### {drug.generic_name} (" in text
    assert "## Left for the pharmacist" in text
