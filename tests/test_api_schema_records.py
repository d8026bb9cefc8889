"""The OpenAPI schema of the ledger, incident, proposal and gazette endpoints: every operation
described, the law cited in prose, no rule IDs, no contact field in the public part."""

import re

import pytest
from drf_spectacular.generators import SchemaGenerator

PATHS = {
    "/api/briefings/entries/": "政策解读",
    "/api/briefings/checks/": "第一解读人",
    "/api/briefings/public-entries/": "《条例》第二十三条",
    "/api/incidents/": "国办发〔2016〕61号",
    "/api/proposals/records/": "人大代表建议",
    "/api/proposals/replies/": "《条例》第十七条",
    "/api/gazette/issues/": "《条例》第二十三条",
    "/api/gazette/office-issues/": "",
}


@pytest.fixture(scope="module")
def schema():
    return SchemaGenerator().get_schema(request=None, public=True)


def test_each_endpoint_is_listed_and_described_citing_the_law(schema):
    for path, citation in PATHS.items():
        detail = re.sub(r"/$", "/{id}/", path)
        assert set(schema["paths"][path]) == {"get"} and set(schema["paths"][detail]) == {"get"}
        description = schema["paths"][path]["get"]["description"]
        assert description and citation in description, path
        assert not re.search(r"\b(?:PLAN|EMG|PUB|REQ|PORT|MON|PART)-[A-Z0-9]+", description)


def test_the_public_reply_schema_has_no_contact_field(schema):
    components = schema["components"]["schemas"]
    for name in ("PublicReply", "PublicReplyDetail"):
        fields = set(components[name]["properties"])
        assert not fields & {"contacts", "copy_to", "authors"}, name
    assert "contacts" in components["ProposalDetail"]["properties"]
    assert "contacts" not in components["Proposal"]["properties"]
