from django.contrib import admin

from .forms import AdobeCredentialForm
from .models import AdobeCredential


@admin.register(AdobeCredential)
class AdobeCredentialAdmin(admin.ModelAdmin):
    form = AdobeCredentialForm
    list_display = ("tenant", "auth_mode", "org_id", "client_id", "updated_at")
    list_filter = ("auth_mode",)
    search_fields = ("tenant__name", "org_id", "client_id")
    actions = ["switch_to_oauth"]

    class Media:
        js = ("adobe/credential_form.js",)

    @admin.action(description="Switch selected tenants to OAuth Server-to-Server")
    def switch_to_oauth(self, request, queryset):
        updated = queryset.update(auth_mode=AdobeCredential.AuthMode.OAUTH_S2S)
        self.message_user(request, f"{updated} tenant(s) switched; run the smoke test for each.")
