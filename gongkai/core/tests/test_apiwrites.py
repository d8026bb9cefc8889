"""A service's refusal under the API: 409 for the record's state, 400 naming a field, 403."""

import pytest
from rest_framework.exceptions import PermissionDenied, ValidationError

from gongkai.core.apiwrites import Conflict, service_errors
from gongkai.core.errors import DomainError, PermissionDeniedError


@pytest.mark.parametrize(
    "code",
    ["not_running", "plan_closed", "task_completed", "referred", "not_pending", "not_published"],
)
def test_a_refusal_for_the_records_state_is_a_conflict_with_its_code(code):
    with pytest.raises(Conflict) as caught, service_errors():
        raise DomainError("当前状态不允许此操作。", code=code)
    assert caught.value.detail == {"detail": "当前状态不允许此操作。", "code": code}


def test_a_rule_about_a_field_names_the_field_and_others_carry_their_code():
    with pytest.raises(ValidationError) as caught, service_errors():
        raise DomainError("请填写摘要。", field="summary")
    assert caught.value.detail == {"summary": ["请填写摘要。"]}
    with pytest.raises(ValidationError) as caught, service_errors():
        raise DomainError("年份超出范围。", code="year_range")
    assert caught.value.detail["code"] == "year_range"


def test_not_the_callers_to_do_is_forbidden():
    with pytest.raises(PermissionDenied) as caught, service_errors():
        raise PermissionDeniedError("无权操作。")
    assert caught.value.detail["code"] == "permission_denied"
