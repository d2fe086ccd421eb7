from django import forms
from django.core.exceptions import ValidationError

from .models import AdobeCredential


class AdobeCredentialForm(forms.ModelForm):
    client_secret = forms.CharField(widget=forms.PasswordInput(render_value=True))
    private_key = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 8, "class": "monospace"}), help_text="Paste the private.key from the Developer Console zip (JWT only).")
    private_key_passphrase = forms.CharField(required=False, widget=forms.PasswordInput(render_value=False))

    class Meta:
        model = AdobeCredential
        fields = "__all__"

    def clean(self):
        data = super().clean()
        mode = data.get("auth_mode")
        if mode == AdobeCredential.AuthMode.JWT and not (data.get("private_key") or self.instance.private_key):
            raise ValidationError("A private key is required for Service Account (JWT) credentials.")
        if mode == AdobeCredential.AuthMode.OAUTH_S2S and not data.get("scopes"):
            raise ValidationError("OAuth Server-to-Server credentials need the scope list from the Developer Console.")
        return data
