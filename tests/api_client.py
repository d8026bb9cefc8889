"""A REST client for the API tests: anonymous, or signed in as ``user`` without a password."""

from rest_framework.test import APIClient


def api_client(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client
