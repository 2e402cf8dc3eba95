from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from diary import account_data
from diary.models import DailyEntry, Patient, Site, Symptom, SymptomReport, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "is_staff", "is_active"]
    search_fields = ["email", "name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Profile", {"fields": ["name", "time_zone"]}),
        ("Permissions", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    # Deleting a user here deletes her account as delete_account does: her diary's edit
    # history too, her audit trail kept under a pseudonym.
    def delete_model(self, request, obj):
        account_data.delete_account(obj, request=request, by="an administrator (admin site)")

    def delete_queryset(self, request, queryset):
        for user in queryset:
            self.delete_model(request, user)


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "order", "has_symptom_list"]
    ordering = ["order"]


@admin.register(Symptom)
class SymptomAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "kind", "red_flag_min_severity", "early_sign", "snomed_code"]
    list_filter = ["kind", "sites", "early_sign"]
    search_fields = ["slug", "name"]
    filter_horizontal = ["sites"]


@admin.register(Patient)
class PatientAdmin(admin.ModelAdmin):
    """Accounts only: the diary's health data is not browsable in the admin."""

    list_display = ["user", "created_at"]
    fields = ["user", "public_id", "created_at"]
    readonly_fields = ["user", "public_id", "created_at"]

    def has_add_permission(self, request):
        return False

    # Deleting a diary here takes its edit history too, as deleting the account does.
    def delete_model(self, request, obj):
        account_data.delete_diary(obj)

    def delete_queryset(self, request, queryset):
        for patient in queryset:
            account_data.delete_diary(patient)


# Daily entries and reports are deliberately not registered: staff never read health data.
__all__ = ["DailyEntry", "SymptomReport"]
