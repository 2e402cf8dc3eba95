"""The summary as FHIR R4 (R4B) JSON: a collection Bundle for a care team's system.

Rendered from the `Summary` alone (no queries). The Bundle holds the Patient (her name only: no
e-mail or address), one Observation per symptom report, one body-temperature Observation per
day with a temperature, one note Observation per day with a note marked for the summary but no
report to carry it, and a MedicationStatement per treatment overlapping the period.

Entry ids are UUIDv5 from the patient's public id and the object's id, so two exports of the
same data differ only in their timestamp.

Severity is coded in the diary's own code system, every level of the 5-point scale; Mild,
Moderate and Severe also carry the LOINC answer codes that HL7's IPS "Problem Severity" value
set uses (LA6752-5, LA6751-7, LA6750-9). LOINC answers for "None" and "Very severe" on this
scale could not be confirmed, so they carry the diary's code only.
"""

import uuid

from django.conf import settings
from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.dosage import Dosage
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient as FhirPatient
from fhir.resources.R4B.period import Period as FhirPeriod
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.reference import Reference

from diary.models import Severity, Treatment
from diary.summary import ReportRow, Summary

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
MEDICATION_STATEMENT_CATEGORY = (
    "http://terminology.hl7.org/CodeSystem/medication-statement-category"
)
# The diary's own code system for the 5-point scale, named under the deployment's address.
SEVERITY_SYSTEM = f"{settings.SITE_URL}/fhir/CodeSystem/severity"

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

RED_FLAG_NOTE = "Red flag: may require immediate medical attention"
ALERT_NOTE = "Alert: severe or worsening"


def _url(summary: Summary, *parts: object) -> str:
    name = "/".join(str(part) for part in parts)
    return f"urn:uuid:{uuid.uuid5(summary.patient.public_id, name)}"


def _reference(url: str) -> Reference:
    return Reference(reference=url)


def _category(system: str, code: str, display: str) -> CodeableConcept:
    return CodeableConcept(coding=[Coding(system=system, code=code, display=display)])


def severity_concept(severity: int) -> CodeableConcept:
    level = Severity(severity)
    codings = [Coding(system=SEVERITY_SYSTEM, code=SEVERITY_CODES[level], display=level.label)]
    if level in SEVERITY_LOINC:
        codings.append(Coding(system=LOINC, code=SEVERITY_LOINC[level], display=level.label))
    return CodeableConcept(coding=codings, text=level.label)


def _patient(summary: Summary) -> FhirPatient:
    name = summary.patient.user.name
    return FhirPatient(name=[HumanName(text=name)] if name else None)


def _symptom_observation(row: ReportRow, *, patient_url: str) -> Observation:
    symptom = row.symptom
    coding = None
    if symptom.snomed_code:
        display = symptom.snomed_display or None
        coding = [Coding(system=SNOMED, code=symptom.snomed_code, display=display)]
    notes = []
    if row.red_flag:
        notes.append(Annotation(text=RED_FLAG_NOTE))
    if row.alert:
        notes.append(Annotation(text=ALERT_NOTE))
    if row.treatment is not None:
        notes.append(Annotation(text=f"Put down to: {row.treatment.name}"))
    if row.notes:
        notes.append(Annotation(text=row.notes, authorReference=_reference(patient_url)))
    return Observation(
        status="final",
        category=[_category(OBSERVATION_CATEGORY, "survey", "Survey")],
        code=CodeableConcept(coding=coding, text=symptom.name),
        subject=_reference(patient_url),
        performer=[_reference(patient_url)],
        effectiveDateTime=row.date,
        valueCodeableConcept=severity_concept(row.severity),
        note=notes or None,
    )


def _note_observation(row: ReportRow, *, patient_url: str) -> Observation:
    """A day's note on a day with no report to hang it on (the patient marked it)."""
    return Observation(
        status="final",
        category=[_category(OBSERVATION_CATEGORY, "survey", "Survey")],
        code=CodeableConcept(text="Patient's diary note"),
        subject=_reference(patient_url),
        performer=[_reference(patient_url)],
        effectiveDateTime=row.date,
        valueString=row.notes,
    )


def _temperature_observation(row: ReportRow, *, patient_url: str) -> Observation:
    return Observation(
        status="final",
        category=[_category(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")],
        code=CodeableConcept(
            coding=[Coding(system=LOINC, code=BODY_TEMPERATURE_LOINC, display="Body temperature")],
            text="Body temperature",
        ),
        subject=_reference(patient_url),
        performer=[_reference(patient_url)],
        effectiveDateTime=row.date,
        valueQuantity=Quantity(value=row.temperature_c, unit="°C", system=UCUM, code="Cel"),
    )


def medication_status(treatment: Treatment, summary: Summary) -> str:
    """Active unless it stopped within (or before) the period."""
    stop = treatment.stop_date
    return "active" if stop is None or stop > summary.period.end else "completed"


def _medication_name(treatment: Treatment) -> str:
    return str(treatment.drug) if treatment.drug_id else treatment.custom_name


def _medication_statement(
    treatment: Treatment, summary: Summary, *, patient_url: str
) -> MedicationStatement:
    status = medication_status(treatment, summary)
    return MedicationStatement(
        status=status,
        statusReason=(
            [CodeableConcept(text=treatment.stop_reason)]
            if status == "completed" and treatment.stop_reason
            else None
        ),
        category=_category(MEDICATION_STATEMENT_CATEGORY, "patientspecified", "Patient Specified"),
        medicationCodeableConcept=CodeableConcept(text=_medication_name(treatment)),
        subject=_reference(patient_url),
        informationSource=_reference(patient_url),
        effectivePeriod=FhirPeriod(start=treatment.start_date, end=treatment.stop_date),
        dosage=[Dosage(text=treatment.dose)] if treatment.dose else None,
    )


def summary_bundle(summary: Summary) -> Bundle:
    patient_url = _url(summary, "patient")
    entries = [BundleEntry(fullUrl=patient_url, resource=_patient(summary))]
    for treatment in summary.treatments:
        entries.append(
            BundleEntry(
                fullUrl=_url(summary, "medication-statement", treatment.pk),
                resource=_medication_statement(treatment, summary, patient_url=patient_url),
            )
        )
    temperature_days = set()
    for row in summary.rows:
        if row.symptom is not None:
            entries.append(
                BundleEntry(
                    fullUrl=_url(summary, "observation", row.entry_id, row.symptom.pk),
                    resource=_symptom_observation(row, patient_url=patient_url),
                )
            )
        elif row.notes:
            entries.append(
                BundleEntry(
                    fullUrl=_url(summary, "note", row.entry_id),
                    resource=_note_observation(row, patient_url=patient_url),
                )
            )
        if row.temperature_c is not None and row.entry_id not in temperature_days:
            temperature_days.add(row.entry_id)
            entries.append(
                BundleEntry(
                    fullUrl=_url(summary, "temperature", row.entry_id),
                    resource=_temperature_observation(row, patient_url=patient_url),
                )
            )
    return Bundle(type="collection", timestamp=summary.generated_at, entry=entries)


def summary_fhir(summary: Summary) -> str:
    """The Bundle as JSON text, serialised by fhir.resources (so it is valid FHIR JSON)."""
    return summary_bundle(summary).model_dump_json(indent=2)
