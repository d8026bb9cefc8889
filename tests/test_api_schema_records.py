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


#: The methods of the list and the detail path where staff may write.
WRITABLE = {
    "/api/briefings/entries/": ({"get", "post"}, {"get", "patch", "delete"}),
    "/api/briefings/checks/": ({"get", "post"}, {"get", "delete"}),
    "/api/incidents/": ({"get", "post"}, {"get"}),
}

#: The writes beyond a list's POST, each with what its description cites.
WRITES = {
    ("/api/briefings/entries/", "post"): "文件公开后3个工作日内",
    ("/api/briefings/entries/{id}/", "patch"): "政策解读",
    ("/api/briefings/entries/{id}/", "delete"): "",
    ("/api/briefings/checks/", "post"): "政务公开工作要点",
    ("/api/briefings/checks/{id}/", "delete"): "",
    ("/api/incidents/", "post"): "国办发〔2016〕80号",
    ("/api/incidents/{id}/link/", "post"): "",
    ("/api/incidents/{id}/press-conference/", "post"): "国办发〔2016〕80号",
    ("/api/incidents/{id}/releases/{release_id}/", "delete"): "",
    ("/api/incidents/{id}/close/", "post"): "",
    ("/api/incidents/{id}/reopen/", "post"): "",
    ("/api/incidents/{id}/cancel/", "post"): "误登记",
    ("/api/gazette/office-issues/{id}/contents/", "post"): "《条例》第二十三条",
    ("/api/gazette/office-issues/{id}/contents/{content_pk}/", "patch"): "",
    ("/api/gazette/office-issues/{id}/contents/{content_pk}/", "delete"): "",
}

RULE_ID = re.compile(r"\b(?:PLAN|EMG|PUB|REQ|PORT|MON|PART)-[A-Z0-9]+")


def test_each_endpoint_is_listed_and_described_citing_the_law(schema):
    for path, citation in PATHS.items():
        detail = re.sub(r"/$", "/{id}/", path)
        methods = WRITABLE.get(path, ({"get"}, {"get"}))
        assert (set(schema["paths"][path]), set(schema["paths"][detail])) == methods, path
        description = schema["paths"][path]["get"]["description"]
        assert description and citation in description, path
        assert not RULE_ID.search(description)


def test_each_write_is_described_with_its_body_and_the_law_without_rule_ids(schema):
    for (path, method), citation in WRITES.items():
        operation = schema["paths"][path][method]
        text = operation.get("summary", "") + operation["description"]
        assert operation.get("summary") and citation in text, (path, method)
        assert not RULE_ID.search(text), (path, method)
        if method != "delete":
            body = operation["requestBody"]["content"]["application/json"]["schema"]
            assert body["$ref"].startswith("#/components/schemas/"), (path, method)


def test_the_public_reply_schema_has_no_contact_field(schema):
    components = schema["components"]["schemas"]
    for name in ("PublicReply", "PublicReplyDetail"):
        fields = set(components[name]["properties"])
        assert not fields & {"contacts", "copy_to", "authors"}, name
    assert "contacts" in components["ProposalDetail"]["properties"]
    assert "contacts" not in components["Proposal"]["properties"]
