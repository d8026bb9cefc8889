"""Imported accounts get a password the validators accept, and choose their own at first sign-in."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from gongkai.core.models import PasswordChangeRequired
from gongkai.core.xlsx import ImportFailed
from gongkai.orgs.importer import import_workbook

from .test_security import _workbook

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_weak_initial_passwords_are_refused_row_by_row_and_nothing_is_imported(
    org_tree, coordinator
):
    data = _workbook(
        org_rows=[["法规处", "", "云南省卫生和计划生育委员会", "处室", "", ""]],
        user_rows=[
            ["zhao", "赵六", "zhao@example.gov.cn", "法规处", "编辑", "1"],
            ["qian", "钱七", "qian@example.gov.cn", "办公室", "编辑", "Kunming-2024-qx"],
            ["sun", "孙八", "sun@example.gov.cn", "办公室", "编辑", "password"],
            ["li", "李九", "li@example.gov.cn", "办公室", "编辑", "12345678901"],
        ],
    )
    with pytest.raises(ImportFailed) as failed:
        import_workbook(data.getvalue(), actor=coordinator)
    errors = failed.value.errors
    assert [e.split("：")[0].split(":")[0] for e in errors] == [
        "“用户”表第2行“初始密码”列",
        "“用户”表第4行“初始密码”列",
        "“用户”表第5行“初始密码”列",
    ]
    assert "密码长度太短" in errors[0]
    assert "密码太常见" in errors[1]
    assert "密码只包含数字" in errors[2]
    assert not User.objects.filter(username__in=["zhao", "qian", "sun", "li"]).exists()
    assert not org_tree["commission"].children.filter(name="法规处").exists()


def test_an_imported_user_must_choose_a_password_at_first_sign_in(client, org_tree, coordinator):
    data = _workbook(
        user_rows=[["qian", "钱七", "qian@example.gov.cn", "办公室", "编辑", "Kunming-2024-qx"]]
    )
    import_workbook(data.getvalue(), actor=coordinator)
    assert PasswordChangeRequired.objects.filter(user__username="qian").exists()

    client.post(reverse("core:login"), {"username": "qian", "password": "Kunming-2024-qx"})
    for page in ("/office/", "/office/publishing/", "/office/audit/"):
        response = client.get(page)
        assert response.status_code == 302 and response["Location"] == "/office/password/"
    assert client.get("/api/notifications/").status_code == 403
    form = client.get("/office/password/")
    assert form.status_code == 200 and "修改初始密码" in form.content.decode()

    changed = client.post(
        "/office/password/",
        {
            "old_password": "Kunming-2024-qx",
            "new_password1": "Qian-own-choice-77",
            "new_password2": "Qian-own-choice-77",
        },
    )
    assert changed.status_code == 302
    assert client.get("/office/").status_code == 200
    assert not PasswordChangeRequired.objects.filter(user__username="qian").exists()
    client.logout()
    client.post(reverse("core:login"), {"username": "qian", "password": "Qian-own-choice-77"})
    assert client.get("/office/").status_code == 200  # asked once only


def test_accounts_created_otherwise_are_not_asked(client, coordinator):
    client.post(reverse("core:login"), {"username": "coordinator", "password": "pw-coordinator"})
    assert client.get("/office/").status_code == 200
