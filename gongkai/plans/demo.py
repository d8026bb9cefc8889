"""Demo plans: the five seed documents imported under the organisations that issued them."""

from pathlib import Path

from gongkai.orgs.models import Organisation

from .models import Plan
from .services import plan_import

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"

# seed file prefix → the issuing organisation's path from the root of the tree
ISSUERS = {
    "000": ["云南省人民政府", "云南省卫生和计划生育委员会"],
    "001": ["平度市人民政府"],
    "002": ["无锡市梁溪区人民政府", "无锡市梁溪区卫生和计划生育局"],
    "003": ["甘肃省人民政府"],
    "004": ["云南省人民政府"],
}


def _org(path: list[str]) -> Organisation | None:
    org = None
    for name in path:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def load_demo_plans() -> int:
    """Import each seed once (idempotent); return how many plans were created."""
    created = 0
    for seed in sorted(SEEDS.glob("*.txt")):
        org = _org(ISSUERS.get(seed.name[:3], []))
        if org is None or Plan.objects.filter(org=org, source_name=seed.name).exists():
            continue
        plan_import(data=seed.read_bytes(), filename=seed.name, org=org)
        created += 1
    return created
