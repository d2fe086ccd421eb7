from django.db import models
from encrypted_fields.fields import EncryptedCharField, EncryptedTextField

from tenants.models import Tenant


class AdobeCredential(models.Model):
    """One Adobe Developer Console credential per tenant."""

    class AuthMode(models.TextChoices):
        JWT = "jwt", "Service Account (JWT) - deprecated"
        OAUTH_S2S = "oauth_s2s", "OAuth Server-to-Server"

    tenant = models.OneToOneField(Tenant, on_delete=models.CASCADE, related_name="adobe_credential")
    auth_mode = models.CharField(max_length=16, choices=AuthMode.choices, default=AuthMode.JWT)

    # Shared by both credential types (the migrated OAuth credential keeps the same values)
    org_id = models.CharField(max_length=64, help_text="IMS org, e.g. 0123...@AdobeOrg")
    client_id = models.CharField(max_length=64)
    client_secret = EncryptedCharField(max_length=255)
    technical_account_id = models.CharField(max_length=128, blank=True)
    report_suite_id = models.CharField(max_length=100, blank=True)

    # Service Account (JWT) only - drop once every tenant runs on OAuth S2S
    metascopes = models.CharField(max_length=512, blank=True, help_text="Comma separated, e.g. ent_analytics_bulk_ingest_sdk")
    private_key = EncryptedTextField(blank=True, help_text="PEM encoded private key uploaded by the tenant")
    private_key_passphrase = EncryptedCharField(max_length=255, blank=True)

    # OAuth Server-to-Server only
    scopes = models.CharField(max_length=1024, blank=True, help_text="Comma separated, copy from the Developer Console")

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Adobe credential"

    def __str__(self):
        return f"{self.tenant} ({self.get_auth_mode_display()})"

    def metascope_list(self):
        return [m.strip() for m in self.metascopes.split(",") if m.strip()]

    def scope_list(self):
        return [s.strip() for s in self.scopes.split(",") if s.strip()]
