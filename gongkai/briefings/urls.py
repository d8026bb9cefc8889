"""Back-office pages of the press and interpretation ledger."""

app_name = "briefings"

urlpatterns: list = []
