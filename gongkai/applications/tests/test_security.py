"""Applicants' data: their text never becomes markup; their case stays with its agency."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.applications.services import (
    application_answer,
    application_register,
    application_start,
)
from gongkai.applications.services.public import attachment_add
from gongkai.applications.states import Channel, ReplyType
from gongkai.publishing.privacy import extract_text

pytestmark = pytest.mark.django_db

#: A request as an applicant may type it: comparison signs, and reportlab paragraph markup that
#: would load an image from the server's disk or the network into the letter if interpreted.
DESCRIPTION = '公开预算<2023年>及支出 a<b 的明细 <img src="/etc/hostname" width="9"/> <b>加急</b>'


def _replied(org, actor):
    app = application_register(
        org=org,
        channel=Channel.IN_PERSON,
        received_on=date(2024, 9, 27),
        applicant_name="赵<六>",
        id_document="11010519491231002X",
        description=DESCRIPTION,
    )
    application_start(app=app, actor=actor)
    application_answer(
        app=app,
        actor=actor,
        reply_type=ReplyType.R_DISCLOSE,
        decision="答复意见。",
        day=date(2024, 10, 18),
    )
    return app


def test_the_pdf_letter_prints_what_the_applicant_typed_literally(client, org_tree, coordinator):
    app = _replied(org_tree["commission"], coordinator)
    response = client.get(reverse("apply:track_letter", args=[app.access_token, "pdf"]))
    assert response.status_code == 200
    text = "".join(extract_text(response.content, "reply.pdf").split())
    assert "公开预算<2023年>及支出a<b的明细" in text
    assert '<imgsrc="/etc/hostname"' in text and "<b>加急</b>" in text
    assert "赵<六>" in text


# --- another agency's staff: every URL of a case is a 404, whatever the id --------------------


def test_another_agencys_staff_get_404_on_every_document_of_a_case(
    client, org_tree, coordinator, city_coordinator
):
    app = _replied(org_tree["commission"], coordinator)
    upload = SimpleUploadedFile("身份证复印件.pdf", b"%PDF-1.4 applicant's identity card")
    row = attachment_add(app=app, upload=upload)
    # The commission's own coordinator opens them (so the URLs are right)…
    client.force_login(coordinator)
    urls = [
        reverse("applications:detail", args=[app.pk]),
        reverse("applications:file", args=[app.pk, row.pk]),
        reverse("applications:letter", args=[app.pk, "pdf"]),
        reverse("applications:letter", args=[app.pk, "docx"]),
    ]
    assert [client.get(u).status_code for u in urls] == [200] * 4
    # …the city's coordinator, changing only the id, gets nothing, not even a 403.
    client.force_login(city_coordinator)
    assert [client.get(u).status_code for u in urls] == [404] * 4
    api = client.get(f"/api/applications/{app.pk}/")
    assert api.status_code == 404 and "赵" not in api.content.decode()
    posted = client.post(
        reverse("applications:action", args=[app.pk, "close"]), {"close-reason": "x"}
    )
    assert posted.status_code == 404
    # The applicant's own file never leaves through the public tracking link either.
    client.logout()
    url = reverse("apply:track_file", args=[app.access_token, row.pk])
    assert client.get(url).status_code == 404
