from django.views.debug import SafeExceptionReporterFilter


class HealthDataSafeReporterFilter(SafeExceptionReporterFilter):
    """Error reports never show what a person typed: every POST field is hidden."""

    def is_active(self, request) -> bool:
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {key: self.cleansed_substitute for key in request.POST}
