"""The summary as FHIR R4 (R4B) JSON: a Bundle a care team's electronic record can take in.

Built from the `Summary` and its days' measures (read with its days: no query) as plain dicts
(`summary_bundle`), so that a 3-year export stays fast; the file (`summary_fhir_bytes`) writes
the days' Observations straight as their JSON text, the same characters (`_ObservationText`).
The tests validate every resource with fhir.resources (R4B). By default a `transaction` Bundle
(each entry with a `request`, POST; the Patient created only if her hospital number is not
known yet); `collection` on request. It holds:

* the Patient: her name, the hospital number and date of birth she entered (no email, no
  address), declared as IPS Patient when it has what that profile requires (name, birth date);
* one Observation per rated symptom (an explicit "none" included), coded in SNOMED CT where the
  catalog has a verified code and always in the diary's own symptom code system; red flags and
  alerts as coded interpretations;
* one wellbeing Observation (0-10) and one body-temperature Observation (LOINC 8310-5, UCUM Cel,
  FHIR's international body-temperature profile) per day that has them;
* with the Wellbeing section, the day's measures (diary.measures): pain severity 0-10 (LOINC
  72514-3), body weight (LOINC 29463-7, UCUM kg, FHIR's body-weight profile), doses of
  as-needed pain medicine and how much of the day she was up and about (the diary's own codes);
  a weekly check-in's answers carry the 7 days they recall as their effectivePeriod;
* how much a symptom got in the way of her day as a component of its Observation;
* a weekly check-in's symptom ratings, wellbeing and measures carry the 7 days they recall as
  their effectivePeriod, and the text of their codes and answers is in the weekly words she
  was asked in ("up and about this week ..."); the codings stay those of the code system;
* with the "Top concerns" section, her top concerns as one Observation in the diary's own
  code system: one component per concern, ranked (`top-concern-1` most important), each
  valued with the symptom's concept (SNOMED CT where verified), and her note as its note.
  An Observation rather than a Condition: she chose what to raise, nobody made a diagnosis
  (US Core's "health-concern" Condition category is US-specific and still a Condition; the
  IPS has no resource for a patient's own priorities);
* a Flag per red flag, a fever raised by the temperature alone included;
* a MedicationStatement per treatment overlapping the period, coded with RxNorm where the
  catalog has a verified ingredient code;
* a DocumentReference carrying the summary PDF (base64), unless left out.

Every reference points at an entry's fullUrl (urn:uuid) inside the Bundle. Entry ids are UUIDv5
from the patient's public id and the object's id, so two exports of the same data differ only in
their timestamps (the Bundle's, and the top concerns' effectiveDateTime: her concerns are those
she holds when the export is made). The diary's own code systems live under
FHIR_CODE_SYSTEM_BASE, a fixed URI, never the site's address.

Severity is coded in the diary's severity code system, every level of the 5-point scale; Mild,
Moderate and Severe also carry the LOINC answer codes that HL7's IPS "Problem Severity" value set
uses (LA6752-5, LA6751-7, LA6750-9). LOINC answers for "None" and "Very severe" on this scale
could not be confirmed, so they carry the diary's code only.
"""

import base64
import functools
import hashlib
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import orjson
from django.conf import settings

from diary.measures import DayMeasures, up_and_about_label
from diary.models import Interference, Severity, Treatment, UpAndAbout
from diary.summary import ReportRow, Section, Summary

Resource = dict[str, Any]

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
MEDICATION_STATEMENT_CATEGORY = (
    "http://terminology.hl7.org/CodeSystem/medication-statement-category"
)
FLAG_DETAIL = "http://hl7.org/fhir/StructureDefinition/flag-detail"

IPS_PATIENT = "http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ips"
IPS_MEDICATION_STATEMENT = (
    "http://hl7.org/fhir/uv/ips/StructureDefinition/MedicationStatement-uv-ips"
)
BODY_TEMPERATURE_PROFILE = "http://hl7.org/fhir/StructureDefinition/bodytemp"

BUNDLE_TYPES = ("transaction", "collection")

SEVERITY_CODES = {
    Severity.NONE: "none",
    Severity.MILD: "mild",
    Severity.MODERATE: "moderate",
    Severity.SEVERE: "severe",
    Severity.VERY_SEVERE: "very-severe",
}
SEVERITY_LOINC = {
    Severity.MILD: "LA6752-5",
    Severity.MODERATE: "LA6751-7",
    Severity.SEVERE: "LA6750-9",
}
BODY_TEMPERATURE_LOINC = "8310-5"
PAIN_SCORE_LOINC = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
BODY_WEIGHT_LOINC = ("29463-7", "Body weight")
BODY_WEIGHT_PROFILE = "http://hl7.org/fhir/StructureDefinition/bodyweight"
PAIN_MEDICINE_DOSES = ("pain-medicine-doses", "Doses of as-needed pain medicine")
UP_AND_ABOUT = ("up-and-about", "How much of the day the patient was up and about")
UP_AND_ABOUT_WEEKLY_TEXT = "How much of the last 7 days the patient was up and about"
INTERFERENCE = ("interference", "How much the symptom got in the way of the patient's day")
INTERFERENCE_WEEKLY_TEXT = "How much the symptom got in the way over the last 7 days"
TOP_CONCERNS = ("top-concerns", "The patient's top concerns for the visit, most important first")

RED_FLAG_NOTE = "Red flag: may require immediate medical attention"
ALERT_NOTE = "Alert: severe or worsening"
# The diary's flag codes, and the HL7 interpretation each maps to: a red flag "may require
# immediate medical attention" (critical abnormal), an alert is severe or worsening (abnormal).
FLAG_CODES = {
    "red-flag": ("Red flag: may require immediate medical attention", "AA", "Critical abnormal"),
    "alert": ("Alert: severe or worsening", "A", "Abnormal"),
}
WELLBEING = ("wellbeing", "Overall wellbeing (0 worst to 10 best)")
SUMMARY_DOCUMENT = ("symptom-summary", "Symptom diary summary for an appointment")


def code_system(name: str) -> str:
    """The canonical URL of one of the diary's own code systems."""
    return f"{settings.FHIR_CODE_SYSTEM_BASE}/{name}"


def _severity_system() -> str:
    return code_system("severity")


def __getattr__(name: str) -> str:
    # SEVERITY_SYSTEM reads the setting when asked, so that a changed setting is honoured.
    if name == "SEVERITY_SYSTEM":
        return _severity_system()
    raise AttributeError(name)


@functools.lru_cache(maxsize=16)
def _namespace_sha1(namespace: uuid.UUID):
    """The SHA-1 state after the namespace's bytes (copied for each name, never updated)."""
    return hashlib.sha1(namespace.bytes, usedforsecurity=False)


# The RFC 4122 variant's hex digit for each first hex digit of the 9th byte (10xx in its top bits).
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def uuid5(namespace: uuid.UUID, name: str) -> str:
    """`str(uuid.uuid5(namespace, name))` without making a UUID object (a 3-year Bundle makes
    about 8,500 of them): the SHA-1 of the namespace and the name, written in hex with the
    version (5) and the RFC 4122 variant set."""
    sha = _namespace_sha1(namespace).copy()
    sha.update(name.encode())
    text = sha.hexdigest()
    return f"{text[:8]}-{text[8:12]}-5{text[13:16]}-{_VARIANT[text[16]]}{text[17:20]}-{text[20:32]}"


def _url(summary: Summary, *parts: object) -> str:
    return f"urn:uuid:{uuid5(summary.patient.public_id, '/'.join(map(str, parts)))}"


def _urls(namespace: uuid.UUID) -> Callable[[str], str]:
    """`_url` for one patient's namespace, given the name already joined: the namespace's
    SHA-1 state is looked up once per export, not once per entry (about 8,500)."""
    state = _namespace_sha1(namespace)
    variant = _VARIANT

    def url(name: str) -> str:
        sha = state.copy()
        sha.update(name.encode())
        text = sha.hexdigest()
        return (
            f"urn:uuid:{text[:8]}-{text[8:12]}-5{text[13:16]}-{variant[text[16]]}{text[17:20]}"
            f"-{text[20:32]}"
        )

    return url


def _ref(url: str) -> dict[str, str]:
    return {"reference": url}


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return coding


def _concept(*codings: dict[str, str], text: str | None = None) -> dict[str, Any]:
    concept: dict[str, Any] = {}
    if codings:
        concept["coding"] = list(codings)
    if text:
        concept["text"] = text
    return concept


# The concepts below are the same in every resource that has them: made once and shared by
# the resources of a Bundle (which are written out, never changed).


@functools.lru_cache(maxsize=32)
def _category(system: str, code: str, display: str) -> dict[str, Any]:
    return _concept(_coding(system, code, display))


def severity_concept(severity: int) -> dict[str, Any]:
    return _severity_concept(int(severity), _severity_system())


@functools.lru_cache(maxsize=32)
def _severity_concept(severity: int, system: str) -> dict[str, Any]:
    level = Severity(severity)
    codings = [_coding(system, SEVERITY_CODES[level], level.label)]
    if level in SEVERITY_LOINC:
        codings.append(_coding(LOINC, SEVERITY_LOINC[level], level.label))
    return _concept(*codings, text=level.label)


def symptom_concept(symptom) -> dict[str, Any]:
    """SNOMED CT where the catalog has a verified code; always the diary's own symptom code."""
    codings = []
    if symptom.snomed_code:
        codings.append(_coding(SNOMED, symptom.snomed_code, symptom.snomed_display or None))
    codings.append(_coding(code_system("symptom"), symptom.slug, symptom.name))
    return _concept(*codings, text=symptom.name)


def _interpretation(flag: str) -> dict[str, Any]:
    display, hl7_code, hl7_display = FLAG_CODES[flag]
    return _concept(
        _coding(INTERPRETATION, hl7_code, hl7_display),
        _coding(code_system("flag"), flag, display),
        text=display,
    )


def _ips_patient(summary: Summary) -> bool:
    """Whether the Patient has what the IPS Patient profile requires (a name, a birth date)."""
    return bool(summary.patient.user.name and summary.patient.date_of_birth)


def _patient(summary: Summary) -> Resource:
    patient = summary.patient
    resource: Resource = {"resourceType": "Patient"}
    if _ips_patient(summary):
        resource["meta"] = {"profile": [IPS_PATIENT]}
    if patient.hospital_number:
        identifier: dict[str, Any] = {
            "use": "usual",
            "type": _concept(_coding(IDENTIFIER_TYPE, "MR", "Medical record number")),
            "value": patient.hospital_number,
        }
        if settings.FHIR_PATIENT_IDENTIFIER_SYSTEM:
            identifier["system"] = settings.FHIR_PATIENT_IDENTIFIER_SYSTEM
        resource["identifier"] = [identifier]
    if patient.user.name:
        resource["name"] = [{"text": patient.user.name}]
    if patient.date_of_birth:
        resource["birthDate"] = patient.date_of_birth.isoformat()
    return resource


def _patient_request(summary: Summary) -> dict[str, str]:
    request = {"method": "POST", "url": "Patient"}
    system = settings.FHIR_PATIENT_IDENTIFIER_SYSTEM
    if system and summary.patient.hospital_number:
        # Conditional create: the record system keeps the patient it already has.
        request["ifNoneExist"] = f"identifier={system}|{summary.patient.hospital_number}"
    return request


def _notes_shown(summary: Summary) -> set[tuple[date, str]]:
    """The days' notes the patient chose for her summary: only those are exported."""
    if Section.NOTES not in summary.sections:
        return set()
    return set(summary.notes)


class _Shared:
    """What many resources of one Bundle hold the same, made once per export: the references
    to the patient, the categories, each symptom's and severity's concept, each interference
    component, each day's date (a 3-year Bundle has about 8,500 resources). The resources
    share these parts; they are written out, never changed."""

    def __init__(self, patient_url: str) -> None:
        self.subject = _ref(patient_url)
        self.performer = [self.subject]
        self.survey = [_category(OBSERVATION_CATEGORY, "survey", "Survey")]
        self.vital_signs = [_category(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")]
        self._symptoms: dict[int, dict] = {}
        self._severities: dict[int, dict] = {}
        self._interference: dict[tuple[int, bool], dict] = {}
        self._dates: dict[date, str] = {}
        self._requests: dict[str, dict] = {}

    def symptom(self, symptom) -> dict[str, Any]:
        found = self._symptoms.get(symptom.pk)
        if found is None:
            found = self._symptoms[symptom.pk] = symptom_concept(symptom)
        return found

    def severity(self, severity: int) -> dict[str, Any]:
        found = self._severities.get(severity)
        if found is None:
            found = self._severities[severity] = severity_concept(severity)
        return found

    def interference(self, level: int, recall_days: int) -> dict[str, Any]:
        key = (level, _weekly(recall_days))
        found = self._interference.get(key)
        if found is None:
            found = self._interference[key] = _interference_component(level, recall_days)
        return found

    def date(self, day: date) -> str:
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = day.isoformat()
        return found

    def request(self, resource_type: str) -> dict[str, str]:
        found = self._requests.get(resource_type)
        if found is None:
            found = self._requests[resource_type] = {"method": "POST", "url": resource_type}
        return found

    def observation(self, row: ReportRow, category: list) -> Resource:
        return {
            "resourceType": "Observation",
            "status": "final",
            "category": category,
            "subject": self.subject,
            "performer": self.performer,
            "effectiveDateTime": self.date(row.date),
        }


def _observation_base(row: ReportRow, *, patient_url: str, category: dict) -> Resource:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [category],
        "subject": _ref(patient_url),
        "performer": [_ref(patient_url)],
        "effectiveDateTime": row.date.isoformat(),
    }


def _note_observation(row: ReportRow, *, patient_url: str) -> Resource:
    """A day's note on a day with no report to hang it on (the patient marked it)."""
    resource = _observation_base(
        row,
        patient_url=patient_url,
        category=_category(OBSERVATION_CATEGORY, "survey", "Survey"),
    )
    resource["code"] = _concept(text="Patient's diary note")
    resource["valueString"] = row.notes
    return resource


def _level_concept(system_name: str, slug: str, label: str) -> dict[str, Any]:
    return _concept(_coding(code_system(system_name), slug, label), text=label)


def _weekly(recall_days: int) -> bool:
    return recall_days >= 7


def _interference_component(level: int, recall_days: int = 1) -> dict[str, Any]:
    value = Interference(level)
    text = INTERFERENCE_WEEKLY_TEXT if _weekly(recall_days) else INTERFERENCE[1]
    return {
        "code": _concept(
            _coding(code_system("observation"), INTERFERENCE[0], INTERFERENCE[1]),
            text=text,
        ),
        "valueCodeableConcept": _level_concept("interference", str(value.value), value.label),
    }


def _symptom_observation(
    row: ReportRow,
    *,
    patient_url: str,
    notes: set,
    measures: DayMeasures | None = None,
    shared: _Shared | None = None,
) -> Resource:
    measures = measures or DayMeasures()
    shared = shared or _Shared(patient_url)
    interference = measures.interference.get(row.symptom.pk)
    resource = shared.observation(row, shared.survey)
    resource["code"] = shared.symptom(row.symptom)
    resource["valueCodeableConcept"] = shared.severity(row.severity)
    if interference is not None and row.severity:
        resource["component"] = [shared.interference(interference, measures.recall_days)]
    interpretation = []
    annotations = []
    if row.red_flag:
        interpretation.append(_interpretation("red-flag"))
        annotations.append({"text": RED_FLAG_NOTE})
    if row.alert:
        interpretation.append(_interpretation("alert"))
        annotations.append({"text": ALERT_NOTE})
    if row.treatment is not None:
        annotations.append({"text": f"Put down to: {row.treatment.name}"})
    if row.notes and (row.date, row.notes) in notes:
        annotations.append({"text": row.notes, "authorReference": shared.subject})
    if interpretation:
        resource["interpretation"] = interpretation
    if annotations:
        resource["note"] = annotations
    return _recalled(resource, row, measures)


def _wellbeing_observation(
    row: ReportRow, measures: DayMeasures, *, patient_url: str, shared: _Shared | None = None
) -> Resource:
    shared = shared or _Shared(patient_url)
    resource = shared.observation(row, shared.survey)
    resource["code"] = _concept(
        _coding(code_system("observation"), WELLBEING[0], WELLBEING[1]), text=WELLBEING[1]
    )
    resource["valueInteger"] = row.wellbeing
    return _recalled(resource, row, measures)


def _temperature_observation(
    row: ReportRow, *, patient_url: str, shared: _Shared | None = None
) -> Resource:
    shared = shared or _Shared(patient_url)
    resource = shared.observation(row, shared.vital_signs)
    resource["meta"] = {"profile": [BODY_TEMPERATURE_PROFILE]}
    resource["code"] = _concept(
        _coding(LOINC, BODY_TEMPERATURE_LOINC, "Body temperature"), text="Body temperature"
    )
    resource["valueQuantity"] = {
        "value": float(row.temperature_c),
        "unit": "°C",
        "system": UCUM,
        "code": "Cel",
    }
    return resource


def _recalled(resource: Resource, row: ReportRow, measures: DayMeasures) -> Resource:
    """A weekly check-in's answer is about the 7 days up to its day: an effectivePeriod."""
    if measures.recall_days > 1:
        del resource["effectiveDateTime"]
        start = row.date - timedelta(days=measures.recall_days - 1)
        resource["effectivePeriod"] = {"start": start.isoformat(), "end": row.date.isoformat()}
    return resource


def _measure_observations(
    row: ReportRow, measures: DayMeasures, *, patient_url: str, shared: _Shared | None = None
) -> list[tuple[str, Resource]]:
    """(name, Observation) for each measure the day has."""
    shared = shared or _Shared(patient_url)

    def _survey(row: ReportRow, *, patient_url: str) -> Resource:
        return shared.observation(row, shared.survey)

    found: list[tuple[str, Resource]] = []
    if measures.pain_score is not None:
        pain = _survey(row, patient_url=patient_url)
        pain["code"] = _concept(_coding(LOINC, *PAIN_SCORE_LOINC), text="Worst pain (0-10)")
        pain["valueInteger"] = measures.pain_score
        found.append(("pain-score", _recalled(pain, row, measures)))
    if measures.pain_medicine_doses is not None:
        doses = _survey(row, patient_url=patient_url)
        doses["code"] = _concept(
            _coding(code_system("observation"), *PAIN_MEDICINE_DOSES), text=PAIN_MEDICINE_DOSES[1]
        )
        doses["valueInteger"] = measures.pain_medicine_doses
        found.append(("pain-medicine-doses", _recalled(doses, row, measures)))
    if measures.up_and_about is not None:
        level = UpAndAbout(measures.up_and_about)
        weekly = _weekly(measures.recall_days)
        up = _survey(row, patient_url=patient_url)
        up["code"] = _concept(
            _coding(code_system("observation"), *UP_AND_ABOUT),
            text=UP_AND_ABOUT_WEEKLY_TEXT if weekly else UP_AND_ABOUT[1],
        )
        # The coding keeps the code system's display; the text is the answer in the words she
        # was asked in (a weekly check-in asks about the last 7 days).
        up["valueCodeableConcept"] = _concept(
            _coding(code_system("up-and-about"), str(level.value), level.label),
            text=up_and_about_label(level, measures.recall_days),
        )
        found.append(("up-and-about", _recalled(up, row, measures)))
    if measures.weight_kg is not None:
        weight = shared.observation(row, shared.vital_signs)
        weight["meta"] = {"profile": [BODY_WEIGHT_PROFILE]}
        weight["code"] = _concept(_coding(LOINC, *BODY_WEIGHT_LOINC), text="Body weight")
        weight["valueQuantity"] = {
            "value": float(measures.weight_kg),
            "unit": "kg",
            "system": UCUM,
            "code": "kg",
        }
        found.append(("weight", weight))
    return found


def _top_concerns_observation(summary: Summary, *, patient_url: str) -> Resource | None:
    """Her top concerns as one Observation (None without the section or without concerns)."""
    concerns = summary.concerns
    if Section.CONCERNS not in summary.sections or not concerns:
        return None
    resource: Resource = {
        "resourceType": "Observation",
        "status": "final",
        "category": [_category(OBSERVATION_CATEGORY, "survey", "Survey")],
        "code": _concept(_coding(code_system("observation"), *TOP_CONCERNS), text="Top concerns"),
        "subject": _ref(patient_url),
        "performer": [_ref(patient_url)],
        "effectiveDateTime": summary.generated_at.isoformat(),
    }
    components = []
    for rank, symptom in enumerate(concerns.symptoms, start=1):
        display = f"Top concern {rank}"
        components.append(
            {
                "code": _concept(
                    _coding(code_system("observation"), f"top-concern-{rank}", display),
                    text=display,
                ),
                "valueCodeableConcept": symptom_concept(symptom),
            }
        )
    if components:
        resource["component"] = components
    if concerns.note:
        resource["note"] = [{"text": concerns.note, "authorReference": _ref(patient_url)}]
    return resource


def _flag(
    summary: Summary, day: date, concern, *, patient_url: str, detail_url: str | None
) -> Resource:
    display = FLAG_CODES["red-flag"][0]
    resource: Resource = {
        "resourceType": "Flag",
        "status": "active" if day == summary.period.end else "inactive",
        "category": [_category(FLAG_CATEGORY, "clinical", "Clinical")],
        "code": _concept(
            _coding(code_system("flag"), "red-flag", display),
            text=f"{display}. {concern.symptom.name}: {'; '.join(concern.reasons)}",
        ),
        "subject": _ref(patient_url),
        "period": {"start": day.isoformat(), "end": day.isoformat()},
    }
    if detail_url:
        resource["extension"] = [{"url": FLAG_DETAIL, "valueReference": _ref(detail_url)}]
    return resource


def medication_status(treatment: Treatment, summary: Summary) -> str:
    """Active unless it stopped within (or before) the period."""
    stop = treatment.stop_date
    return "active" if stop is None or stop > summary.period.end else "completed"


def _medication_name(treatment: Treatment) -> str:
    return str(treatment.drug) if treatment.drug_id else treatment.custom_name


def _medication_statement(treatment: Treatment, summary: Summary, *, patient_url: str) -> Resource:
    status = medication_status(treatment, summary)
    drug = treatment.drug if treatment.drug_id else None
    codings = []
    if drug is not None and drug.rxnorm_code:
        codings.append(_coding(RXNORM, drug.rxnorm_code, drug.generic_name))
    resource: Resource = {"resourceType": "MedicationStatement"}
    if _ips_patient(summary):
        resource["meta"] = {"profile": [IPS_MEDICATION_STATEMENT]}
    resource["status"] = status
    if status == "completed" and treatment.stop_reason:
        resource["statusReason"] = [{"text": treatment.stop_reason}]
    resource["category"] = _category(
        MEDICATION_STATEMENT_CATEGORY, "patientspecified", "Patient Specified"
    )
    resource["medicationCodeableConcept"] = _concept(*codings, text=_medication_name(treatment))
    resource["subject"] = _ref(patient_url)
    resource["informationSource"] = _ref(patient_url)
    period = {"start": treatment.start_date.isoformat()}
    if treatment.stop_date:
        period["end"] = treatment.stop_date.isoformat()
    resource["effectivePeriod"] = period
    if treatment.dose:
        resource["dosage"] = [{"text": treatment.dose}]
    return resource


def _document_reference(
    summary: Summary, pdf: bytes, *, patient_url: str, created: datetime | None = None
) -> Resource:
    """`created`: when the PDF was made, if before the summary (an unchanged PDF rendered a few
    minutes earlier: diary.exports.pdf)."""
    period = summary.period
    title = f"Symptom diary summary {period.start.isoformat()} to {period.end.isoformat()}"
    return {
        "resourceType": "DocumentReference",
        "status": "current",
        "type": _concept(
            _coding(code_system("document"), SUMMARY_DOCUMENT[0], SUMMARY_DOCUMENT[1]),
            text=SUMMARY_DOCUMENT[1],
        ),
        "subject": _ref(patient_url),
        "date": summary.generated_at.isoformat(),
        "author": [_ref(patient_url)],
        "description": summary.disclaimer,
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "data": base64.b64encode(pdf).decode("ascii"),
                    "title": title,
                    "creation": (created or summary.generated_at).isoformat(),
                }
            }
        ],
        "context": {"period": {"start": period.start.isoformat(), "end": period.end.isoformat()}},
    }


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


class _ObservationText:
    """The entries of the symptom and wellbeing Observations (more than half of a Bundle's),
    written straight as their JSON text from parts encoded once per export: the same
    characters orjson writes for the entry `_symptom_observation` or `_wellbeing_observation`
    makes (the keys in the same order; compared in tests), without a tree of dicts per entry."""

    def __init__(self, shared: _Shared, transaction: bool) -> None:
        self.shared = shared
        self.head = self._head(shared.survey)
        self.vital_signs_head = self._head(shared.vital_signs)
        request = _json(shared.request("Observation"))
        self.tail = f'}},"request":{request}}}' if transaction else "}}"
        self.wellbeing_code = ',"code":' + _json(
            _concept(
                _coding(code_system("observation"), WELLBEING[0], WELLBEING[1]),
                text=WELLBEING[1],
            )
        )
        observation = code_system("observation")
        self.pain_code = ',"code":' + _json(
            _concept(_coding(LOINC, *PAIN_SCORE_LOINC), text="Worst pain (0-10)")
        )
        self.doses_code = ',"code":' + _json(
            _concept(_coding(observation, *PAIN_MEDICINE_DOSES), text=PAIN_MEDICINE_DOSES[1])
        )
        self.up_codes = {
            weekly: ',"code":'
            + _json(
                _concept(
                    _coding(observation, *UP_AND_ABOUT),
                    text=UP_AND_ABOUT_WEEKLY_TEXT if weekly else UP_AND_ABOUT[1],
                )
            )
            for weekly in (False, True)
        }
        self.weight_code = f',"meta":{_json({"profile": [BODY_WEIGHT_PROFILE]})},"code":' + _json(
            _concept(_coding(LOINC, *BODY_WEIGHT_LOINC), text="Body weight")
        )
        self._codes: dict[int, str] = {}
        self._values: dict[int, str] = {}
        self._components: dict[tuple[int, int], str] = {}
        self._interpretations: dict[tuple[bool, bool], str] = {}
        self._up_values: dict[tuple[int, int], str] = {}

    def _head(self, category: list) -> str:
        shared = self.shared
        return (
            '","resource":{"resourceType":"Observation","status":"final","category":'
            f'{_json(category)},"subject":{_json(shared.subject)},'
            f'"performer":{_json(shared.performer)}'
        )

    def _start(self, url: str, day: date, recall_days: int, head: str | None = None) -> list[str]:
        parts = ['{"fullUrl":"', url, head or self.head]
        if recall_days <= 1:
            parts += (',"effectiveDateTime":"', self.shared.date(day), '"')
        return parts

    def _end(self, parts: list[str], day: date, recall_days: int) -> str:
        if recall_days > 1:  # as `_recalled`: the period replaces the date, at the end
            start = day - timedelta(days=recall_days - 1)
            parts.append(
                f',"effectivePeriod":{{"start":"{start.isoformat()}","end":"{day.isoformat()}"}}'
            )
        parts.append(self.tail)
        return "".join(parts)

    def symptom(self, url: str, row: ReportRow, measures: DayMeasures, notes: set) -> str:
        symptom = row.symptom
        symptom_id = symptom.id  # its pk (`.pk` goes through the model's meta)
        recall_days = measures.recall_days
        if recall_days <= 1:  # `_start`, written out: about 4,500 symptom entries
            parts = ['{"fullUrl":"', url, self.head, ',"effectiveDateTime":"']
            parts += (self.shared.date(row.date), '"')
        else:
            parts = ['{"fullUrl":"', url, self.head]
        code = self._codes.get(symptom_id)
        if code is None:
            code = self._codes[symptom_id] = ',"code":' + _json(self.shared.symptom(symptom))
        parts.append(code)
        value = self._values.get(row.severity)
        if value is None:
            value = self._values[row.severity] = ',"valueCodeableConcept":' + _json(
                self.shared.severity(row.severity)
            )
        parts.append(value)
        interference = measures.interference.get(symptom_id)
        if interference is not None and row.severity:
            key = (interference, recall_days)
            component = self._components.get(key)
            if component is None:
                component = self._components[key] = ',"component":' + _json(
                    [self.shared.interference(interference, recall_days)]
                )
            parts.append(component)
        if row.red_flag or row.alert:
            flags = (bool(row.red_flag), bool(row.alert))
            found = self._interpretations.get(flags)
            if found is None:
                found = self._interpretations[flags] = ',"interpretation":' + _json(
                    [
                        _interpretation(name)
                        for name, on in zip(FLAG_CODES, flags, strict=True)
                        if on
                    ]
                )
            parts.append(found)
        if row.red_flag or row.alert or row.treatment is not None or row.notes:
            annotations = []
            if row.red_flag:
                annotations.append({"text": RED_FLAG_NOTE})
            if row.alert:
                annotations.append({"text": ALERT_NOTE})
            if row.treatment is not None:
                annotations.append({"text": f"Put down to: {row.treatment.name}"})
            if row.notes and (row.date, row.notes) in notes:
                annotations.append({"text": row.notes, "authorReference": self.shared.subject})
            if annotations:
                parts += (',"note":', _json(annotations))
        if recall_days <= 1:  # `_end` without a period
            parts.append(self.tail)
            return "".join(parts)
        return self._end(parts, row.date, recall_days)

    def measures(
        self, urls: Callable[[str], str], row: ReportRow, measures: DayMeasures
    ) -> list[str]:
        """The day's measures, as `_measure_observations` makes them (in its order)."""
        found = []
        recall_days = measures.recall_days
        if measures.pain_score is not None:
            parts = self._start(urls(f"pain-score/{row.entry_id}"), row.date, recall_days)
            parts += (self.pain_code, ',"valueInteger":', _json(measures.pain_score))
            found.append(self._end(parts, row.date, recall_days))
        if measures.pain_medicine_doses is not None:
            url = urls(f"pain-medicine-doses/{row.entry_id}")
            parts = self._start(url, row.date, recall_days)
            parts += (self.doses_code, ',"valueInteger":', _json(measures.pain_medicine_doses))
            found.append(self._end(parts, row.date, recall_days))
        if measures.up_and_about is not None:
            key = (measures.up_and_about, recall_days)
            value = self._up_values.get(key)
            if value is None:
                level = UpAndAbout(measures.up_and_about)
                value = self._up_values[key] = ',"valueCodeableConcept":' + _json(
                    _concept(
                        _coding(code_system("up-and-about"), str(level.value), level.label),
                        text=up_and_about_label(level, recall_days),
                    )
                )
            parts = self._start(urls(f"up-and-about/{row.entry_id}"), row.date, recall_days)
            parts += (self.up_codes[_weekly(recall_days)], value)
            found.append(self._end(parts, row.date, recall_days))
        if measures.weight_kg is not None:
            # Not recalled: a weight is the day's (the effectiveDateTime always).
            parts = self._start(urls(f"weight/{row.entry_id}"), row.date, 1, self.vital_signs_head)
            weight = float(measures.weight_kg)
            quantity = {"value": weight, "unit": "kg", "system": UCUM, "code": "kg"}
            parts += (self.weight_code, ',"valueQuantity":', _json(quantity))
            found.append(self._end(parts, row.date, 1))
        return found

    def wellbeing(self, url: str, row: ReportRow, measures: DayMeasures) -> str:
        recall_days = measures.recall_days
        parts = self._start(url, row.date, recall_days)
        parts += (self.wellbeing_code, ',"valueInteger":', _json(row.wellbeing))
        return self._end(parts, row.date, recall_days)


class _Entries:
    """The Bundle's entries, each with its request line when the Bundle is a transaction.
    With `encode`, each entry is kept only as its JSON in UTF-8: a 3-year Bundle then never holds
    its whole tree of dicts (tens of MB) at once."""

    def __init__(
        self,
        transaction: bool,
        encode: Callable[[Any], bytes] | None = None,
        shared: _Shared | None = None,
    ) -> None:
        self.transaction = transaction
        self.encode = encode
        self.shared = shared
        self.items: list[Any] = []

    def add(self, full_url: str, resource: Resource, request: dict | None = None) -> None:
        entry: dict[str, Any] = {"fullUrl": full_url, "resource": resource}
        if self.transaction:
            if request is None:
                kind = resource["resourceType"]
                request = self.shared.request(kind) if self.shared else None
                request = request or {"method": "POST", "url": kind}
            entry["request"] = request
        self.items.append(self.encode(entry) if self.encode else entry)

    def add_text(self, text: str) -> None:
        """An entry already written as its JSON text (only when the entries are encoded)."""
        self.items.append(text.encode())


def _add_days(
    entries: _Entries, summary: Summary, measures: dict[int, DayMeasures], *, patient_url: str
) -> dict:
    """Observations for each day's reports, wellbeing, temperature and measures. Returns, per
    (day, symptom id), the fullUrl a Flag can point at (the report, else the day's
    temperature)."""
    notes = _notes_shown(summary)
    shared = entries.shared or _Shared(patient_url)
    text = _ObservationText(shared, entries.transaction) if entries.encode else None
    urls = _urls(summary.patient.public_id)
    targets: dict[tuple[date, int | None], str] = {}
    days_done: set[int] = set()
    no_measures = DayMeasures()
    append = entries.items.append
    for row in summary.rows:
        day = measures.get(row.entry_id) or no_measures
        if row.symptom is not None and row.severity is not None:
            symptom_id = row.symptom.id  # its pk
            url = urls(f"observation/{row.entry_id}/{symptom_id}")
            if text is not None:
                append(text.symptom(url, row, day, notes).encode())  # `add_text`'s work
            else:
                entries.add(
                    url,
                    _symptom_observation(
                        row, patient_url=patient_url, notes=notes, measures=day, shared=shared
                    ),
                )
            targets[row.date, symptom_id] = url
        elif row.symptom is None and row.notes and (row.date, row.notes) in notes:
            entries.add(
                urls(f"note/{row.entry_id}"),
                _note_observation(row, patient_url=patient_url),
            )
        if row.entry_id in days_done:
            continue
        days_done.add(row.entry_id)
        if row.wellbeing is not None:
            url = urls(f"wellbeing/{row.entry_id}")
            if text is not None:
                entries.add_text(text.wellbeing(url, row, day))
            else:
                entries.add(
                    url, _wellbeing_observation(row, day, patient_url=patient_url, shared=shared)
                )
        if row.temperature_c is not None:
            url = urls(f"temperature/{row.entry_id}")
            entries.add(url, _temperature_observation(row, patient_url=patient_url, shared=shared))
            targets[row.date, None] = url
        if text is not None:
            for written in text.measures(urls, row, day):
                entries.add_text(written)
        else:
            for name, resource in _measure_observations(
                row, day, patient_url=patient_url, shared=shared
            ):
                entries.add(urls(f"{name}/{row.entry_id}"), resource)
    return targets


def summary_bundle(
    summary: Summary,
    *,
    bundle_type: str = "transaction",
    include_pdf: bool = True,
    measures: dict[int, DayMeasures] | None = None,
) -> dict[str, Any]:
    """The Bundle as plain data (dicts and lists), ready for `json.dumps`. `measures`: by entry
    id, as diary.measures.summary_measures gives (the summary's own if left out)."""
    entries = _bundle_entries(
        summary, bundle_type=bundle_type, include_pdf=include_pdf, measures=measures
    )
    return {**_bundle_head(summary, bundle_type), "entry": entries.items}


def _bundle_head(summary: Summary, bundle_type: str) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": bundle_type,
        "timestamp": summary.generated_at.isoformat(),
    }


def _bundle_entries(
    summary: Summary,
    *,
    bundle_type: str,
    include_pdf: bool,
    encode: Callable[[Any], bytes] | None = None,
    measures: dict[int, DayMeasures] | None = None,
) -> _Entries:
    measures = summary.day_measures() if measures is None else measures
    if bundle_type not in BUNDLE_TYPES:
        raise ValueError(f"Unknown bundle type {bundle_type!r}")
    patient_url = _url(summary, "patient")
    entries = _Entries(bundle_type == "transaction", encode, _Shared(patient_url))
    entries.add(patient_url, _patient(summary), _patient_request(summary))
    for treatment in summary.treatments:
        entries.add(
            _url(summary, "medication-statement", treatment.pk),
            _medication_statement(treatment, summary, patient_url=patient_url),
        )
    concerns = _top_concerns_observation(summary, patient_url=patient_url)
    if concerns is not None:
        entries.add(_url(summary, "top-concerns"), concerns)
    targets = _add_days(entries, summary, measures, patient_url=patient_url)
    if Section.FLAGS in summary.sections:
        for flag in summary.flags:
            concern = flag.concern
            if not concern.red_flag:
                continue
            detail = targets.get((flag.date, concern.symptom.pk)) or targets.get((flag.date, None))
            entries.add(
                _url(summary, "flag", flag.date.isoformat(), concern.symptom.pk),
                _flag(summary, flag.date, concern, patient_url=patient_url, detail_url=detail),
            )
    if include_pdf:
        from diary.exports.pdf import render_pdf  # WeasyPrint loads only when a PDF is made

        pdf = render_pdf(summary)
        entries.add(
            _url(summary, "document", summary.period.start, summary.period.end),
            _document_reference(summary, pdf.content, patient_url=patient_url, created=pdf.made_at),
        )
    return entries


def summary_fhir(
    summary: Summary,
    *,
    bundle_type: str = "transaction",
    include_pdf: bool = True,
    measures: dict[int, DayMeasures] | None = None,
) -> str:
    """The Bundle as FHIR JSON text, compact: `summary_fhir_bytes` decoded. The same data as
    `summary_bundle(...)`."""
    return summary_fhir_bytes(
        summary, bundle_type=bundle_type, include_pdf=include_pdf, measures=measures
    ).decode()


def summary_fhir_bytes(
    summary: Summary,
    *,
    bundle_type: str = "transaction",
    include_pdf: bool = True,
    measures: dict[int, DayMeasures] | None = None,
) -> bytes:
    """The Bundle as FHIR JSON in UTF-8, as a response sends it. Written one entry at a time
    (by orjson, a third of a 3-year export's time went to the standard library's encoder; the
    Observations of the days as text, `_ObservationText`) and joined once: a 3-year Bundle is
    about 8 MB, and each copy of it, or a text's encoding into UTF-8 (its "°C" is not ASCII),
    cost several milliseconds."""
    entries = _bundle_entries(
        summary,
        bundle_type=bundle_type,
        include_pdf=include_pdf,
        encode=orjson.dumps,
        measures=measures,
    )
    items = entries.items  # never empty: the Patient is the first
    items[0] = orjson.dumps(_bundle_head(summary, bundle_type))[:-1] + b',"entry":[' + items[0]
    items[-1] += b"]}"
    return b",".join(items)
