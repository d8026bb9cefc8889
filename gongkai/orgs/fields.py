"""A choice of organisations in which no two read the same."""

from django import forms

from .models import Organisation


class OrgChoiceField(forms.ModelChoiceField):
    """List organisations by name; a name two of them share is followed by where each sits
    (平度市民政局（平度市人民政府）), so that a member of the public never sees two identical
    entries and picks the wrong agency."""

    def label_from_instance(self, obj: Organisation) -> str:
        cached = getattr(self, "_labels", None)
        if cached is None or cached[0] is not self.queryset:
            cached = (self.queryset, org_labels(list(self.queryset)))
            self._labels = cached
        return cached[1].get(obj.pk, obj.name)


def org_labels(orgs: list[Organisation]) -> dict[int, str]:
    """Each organisation's label: its name, and its ancestors' names where the name repeats."""
    counts: dict[str, int] = {}
    for org in orgs:
        counts[org.name] = counts.get(org.name, 0) + 1
    shared = [o for o in orgs if counts[o.name] > 1]
    ancestor_ids = {i for o in shared for i in o.ancestor_ids()}
    names = dict(Organisation.objects.filter(pk__in=ancestor_ids).values_list("pk", "name"))
    labels = {o.pk: o.name for o in orgs}
    for org in shared:
        where = "／".join(names[i] for i in org.ancestor_ids() if i in names)
        labels[org.pk] = f"{org.name}（{where}）" if where else org.name
    return labels
