from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("diary", "0005_phone_reminders"),
        ("diary", "0009_redflag_panel"),
    ]

    operations = []
