"""A report can say "None" (severity 0); one-off events are asked yes or no.

What days saved before this migration keep: every stored report keeps its severity, since the
old check-in stored only symptoms rated mild or worse. A symptom missing from an old day is read
from now on as "not rated" rather than "none": the old form could not tell an untouched symptom
from a "None", and counting it as none is what made a one-item day look like a rise the next day.
Old reports of the events now asked yes or no (seizure, fracture, coughing up blood) were graded
mild to very severe; each becomes a "Yes" (severity 1, the fixed severity of a yes). Going back,
"None" reports are removed, which is what an old day meant by leaving a symptom out.
"""

from django.db import migrations, models

YES_NO_SLUGS = ("seizure", "fracture", "coughing-up-blood", "bladder-bowel-control")
YES = 1


def forwards(apps, schema_editor):
    Symptom = apps.get_model("diary", "Symptom")
    SymptomReport = apps.get_model("diary", "SymptomReport")
    Symptom.objects.filter(slug__in=YES_NO_SLUGS).update(response="yes_no")
    SymptomReport.objects.filter(symptom__response="yes_no", severity__gt=YES).update(
        severity=YES
    )


def backwards(apps, schema_editor):
    SymptomReport = apps.get_model("diary", "SymptomReport")
    SymptomReport.objects.filter(severity=0).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("diary", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="symptomreport",
            name="report_severity_1_to_4",
        ),
        migrations.AddField(
            model_name="symptom",
            name="response",
            field=models.CharField(
                choices=[("scale", "None to very severe"), ("yes_no", "Yes or no")],
                default="scale",
                max_length=10,
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AddConstraint(
            model_name="symptomreport",
            constraint=models.CheckConstraint(
                condition=models.Q(("severity__gte", 0), ("severity__lte", 4)),
                name="report_severity_0_to_4",
            ),
        ),
    ]
