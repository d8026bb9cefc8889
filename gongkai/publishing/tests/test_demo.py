"""The demo data: every kind published, one masked list, the chains, a list with two versions."""

import pytest
import time_machine

from gongkai.orgs.demo import load_demo_orgs
from gongkai.publishing.demo import DEMO_ID, load_demo_publishing
from gongkai.publishing.models import DisclosureList, InformationItem, Kind, Validity
from gongkai.publishing.states import Status

pytestmark = pytest.mark.django_db


@time_machine.travel("2026-11-20 02:00", tick=False)  # a Friday, 10:00 in Beijing
def test_demo_publishes_every_kind_once_with_masked_data_and_chains(client):
    load_demo_orgs()
    count = load_demo_publishing()
    assert load_demo_publishing() == count == 8  # idempotent
    public = InformationItem.objects.filter(is_public=True)
    assert set(public.values_list("kind", flat=True)) == set(Kind.values)
    masked = public.get(title="2026年10月新增城乡低保对象名单公示")  # 25 days before
    page = client.get(f"/info/items/{masked.pk}/").content.decode()
    assert "张*明" in page and "530102********1233" in page and DEMO_ID not in page
    assert "0871-65432100" in page  # the office hotline was kept by the reviewer
    interpretation = public.get(kind=Kind.INTERPRETATION)
    policy_page = client.get(f"/info/items/{interpretation.interprets_id}/").content.decode()
    assert interpretation.title in policy_page
    assert public.filter(validity=Validity.AMENDED).count() == 1
    assert public.filter(status=Status.REPEALED, validity=Validity.REPEALED).count() == 1
    assert DisclosureList.objects.get().versions.count() == 2
    # the late policy (formed 40 days before publication) and the missing interpretation show up
    client.login(username="coordinator", password="gongkai-demo")
    attention = client.get("/office/publishing/attention/").content.decode()
    assert "关于做好2026年基本公共卫生服务项目工作的通知" in attention
    assert "云南省医疗机构药品采购管理办法" in attention  # validity lapses in 20 days
