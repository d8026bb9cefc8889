"""Uploaded files in an S3-compatible object store: moto's S3 server on a loopback port stands in
for MinIO or a cloud bucket, and Gongkai's default storage is django-storages' S3 backend."""

import io
import os
import socket
import subprocess
import sys

import boto3
import docx
import pytest
from django.urls import reverse
from moto.server import ThreadedMotoServer

from gongkai.core.backup.archive import stored_names
from gongkai.publishing.models import PublishedFile
from gongkai.publishing.services import attachment_add, attachment_remove
from gongkai.publishing.tests.factories import docx_bytes, make_item, publish

BUCKET = "gongkai-files"
KEYS = {"access_key": "testing", "secret_key": "testing", "region_name": "us-east-1"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_server, settings):
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
        region_name=KEYS["region_name"],
    )
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                **KEYS,
                "default_acl": None,
                "file_overwrite": False,
            },
        },
    }
    yield client
    for row in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=row["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client) -> set[str]:
    return {row["Key"] for row in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


@pytest.mark.django_db
def test_files_go_to_the_bucket_and_come_back_through_the_portal(
    bucket,
    client,
    org_tree,
    editor,
    reviewer,
    coordinator,
    django_capture_on_commit_callbacks,
):
    item = make_item(org=org_tree["office"], actor=editor)
    data = docx_bytes("关于开展政务公开工作的通知正文。")
    attachment = attachment_add(item=item, actor=editor, name="工作方案.docx", data=data)
    assert attachment.file.storage.__class__.__name__ == "S3Storage"
    assert keys(bucket) == {attachment.file.name}
    assert bucket.get_object(Bucket=BUCKET, Key=attachment.file.name)["Body"].read() == data

    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    published = PublishedFile.objects.get(attachment=attachment)
    assert keys(bucket) == {attachment.file.name, published.file.name}

    response = client.get(reverse("info:attachment", args=[item.pk, attachment.pk]))
    assert response.status_code == 200
    downloaded = b"".join(response.streaming_content)
    stored = bucket.get_object(Bucket=BUCKET, Key=published.file.name)["Body"].read()
    assert downloaded == stored
    paragraphs = [p.text for p in docx.Document(io.BytesIO(downloaded)).paragraphs]
    assert "关于开展政务公开工作的通知正文。" in paragraphs

    # A backup lists the bucket's files through the same storage API.
    assert list(stored_names()) == sorted([attachment.file.name, published.file.name])

    # A file taken off a draft before publication leaves no copy in the bucket.
    draft = make_item(org=org_tree["office"], actor=editor, title="草稿")
    scrap = attachment_add(item=draft, actor=editor, name="草稿附件.docx", data=data)
    assert scrap.file.name in keys(bucket)
    with django_capture_on_commit_callbacks(execute=True):
        attachment_remove(attachment=scrap, actor=editor)
    assert scrap.file.name not in keys(bucket)
    assert keys(bucket) == {attachment.file.name, published.file.name}


STARTUP = """
import django
django.setup()
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage as storage
print((storage.__class__.__name__, storage.file_overwrite, storage.default_acl))
print(storage.save("probe/公开.txt", ContentFile("经环境变量配置".encode())))
"""


def test_the_environment_alone_switches_the_storage_to_the_bucket(s3_server, tmp_path):
    """What an administrator sets (docs/operations.md) is enough: nothing in the settings files."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
        region_name=KEYS["region_name"],
    )
    client.create_bucket(Bucket="gongkai-env")
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE") and not key.startswith("AWS_")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="gongkai.settings.base",
        GONGKAI_DATA_DIR=str(tmp_path / "var"),
        AWS_STORAGE_BUCKET_NAME="gongkai-env",
        AWS_S3_ENDPOINT_URL=s3_server,
        AWS_S3_REGION_NAME=KEYS["region_name"],
        AWS_ACCESS_KEY_ID=KEYS["access_key"],
        AWS_SECRET_ACCESS_KEY=KEYS["secret_key"],
        AWS_LOCATION="uploads",
        AWS_S3_ADDRESSING_STYLE="path",
    )
    result = subprocess.run(
        [sys.executable, "-c", STARTUP],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    options, name = result.stdout.strip().splitlines()
    assert options == "('S3Storage', False, None)"
    assert name == "probe/公开.txt"
    stored = client.get_object(Bucket="gongkai-env", Key="uploads/probe/公开.txt")
    assert stored["Body"].read().decode() == "经环境变量配置"
    assert not (tmp_path / "var" / "media").exists()  # nothing went to the local folder
    client.delete_object(Bucket="gongkai-env", Key="uploads/probe/公开.txt")
    client.delete_bucket(Bucket="gongkai-env")
