"""Back-office pages of the government gazette (政府公报)."""

app_name = "gazette"

urlpatterns: list = []
