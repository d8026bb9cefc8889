"""REST API of organisations: the tree a user may see."""

from rest_framework import serializers, viewsets

from .models import Organisation
from .selectors import restrict_to_user


class OrganisationSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")

    class Meta:
        model = Organisation
        fields = ["id", "parent", "name", "short_name", "kind", "code", "depth", "aliases"]
        read_only_fields = fields


class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrganisationSerializer

    def get_queryset(self):
        qs = Organisation.objects.prefetch_related("aliases")
        return restrict_to_user(qs, user=self.request.user, field="pk")


def register(router) -> None:
    router.register("orgs", OrganisationViewSet, basename="org")
