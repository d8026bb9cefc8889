"""Public portal views."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gongkai.orgs.models import Organisation

from .sections import section_links


def home(request: HttpRequest) -> HttpResponse:
    organisations = Organisation.objects.filter(
        is_active=True, kind__in=[Organisation.Kind.REGION, Organisation.Kind.AGENCY], depth__lte=1
    )[:30]
    return render(
        request, "portal/home.html", {"sections": section_links(), "organisations": organisations}
    )
